package vn.motcua.units.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.shared.DomainException;

/**
 * One province absorbing another on {@code date} (Bình Định into Gia Lai on 1 Jul 2025): every unit of the
 * absorbed province is copied, with all its versions and links, as a historical unit of the absorbing one
 * (nothing of it is valid from {@code date} on), and each unit still valid the day before gets a MERGED_INTO
 * link: People's Committee → the absorbing People's Committee; a department → the absorbing department of the
 * same name (without the province suffix), else the People's Committee; a district or anything else → the
 * units chosen in {@code mapping}, else the People's Committee.
 */
public final class Absorption {

    private Absorption() { }

    public static UnitPlan plan(String absorbedTenant, UnitHistory absorbed, Set<Long> generated, UnitHistory absorbing,
                                LocalDate date, Map<Long, List<Long>> mapping) {
        LocalDate lastDay = date.minusDays(1);
        UnitVersion root = absorbing.unitsOn(date).stream()
                .filter(v -> v.kind() == UnitKind.PEOPLES_COMMITTEE && v.level() == UnitLevel.PROVINCE)
                .findFirst().orElseThrow(() -> DomainException.conflict("unit.absorb.noRoot"));
        Map<String, Long> departments = new HashMap<>();
        for (UnitVersion v : absorbing.unitsOn(date)) {
            if (v.kind() == UnitKind.DEPARTMENT) {
                departments.putIfAbsent(baseName(v.name()), v.unitId());
            }
        }
        UnitPlan.Builder b = new UnitPlan.Builder();
        Map<Long, Long> newIds = new HashMap<>();
        List<Long> origin = new ArrayList<>(absorbed.unitIds());
        origin.sort(Long::compare);
        for (long id : origin) {
            newIds.put(id, b.newUnit(generated.contains(id), absorbedTenant, id));
        }
        for (long id : origin) {
            for (UnitVersion v : absorbed.versionsOf(id)) {
                if (v.validFrom().isAfter(lastDay)) {
                    continue; // planned in the absorbed province for after the merger: never happened
                }
                LocalDate to = v.validTo() == null || v.validTo().isAfter(lastDay) ? lastDay : v.validTo();
                Long parent = v.parentId() == null ? null : newIds.get(v.parentId());
                b.newVersions.add(new UnitVersion(newIds.get(id), v.validFrom(), to, v.spec().withParent(parent)));
            }
        }
        for (Succession s : absorbed.successions()) {
            if (!s.date().isAfter(lastDay) && newIds.containsKey(s.predecessorId()) && newIds.containsKey(s.successorId())) {
                b.successions.add(new Succession(newIds.get(s.predecessorId()), newIds.get(s.successorId()), s.date(), s.type()));
            }
        }
        Set<Long> mappedKeys = mapping == null ? Set.of() : mapping.keySet();
        for (long key : mappedKeys) {
            if (!absorbed.exists(key)) {
                throw DomainException.invalid("unit.absorb.unknownSource", key);
            }
        }
        for (UnitVersion v : absorbed.unitsOn(lastDay)) {
            List<Long> targets = new ArrayList<>();
            if (v.kind() == UnitKind.PEOPLES_COMMITTEE && v.level() == UnitLevel.PROVINCE) {
                targets.add(root.unitId());
            } else if (mapping != null && mapping.containsKey(v.unitId()) && !mapping.get(v.unitId()).isEmpty()) {
                for (long t : mapping.get(v.unitId())) {
                    if (absorbing.versionOn(t, date).isEmpty()) {
                        throw DomainException.invalid("unit.absorb.targetNotValid", t, date);
                    }
                    targets.add(t);
                }
            } else if (v.kind() == UnitKind.DEPARTMENT) {
                targets.add(Optional.ofNullable(departments.get(baseName(v.name()))).orElse(root.unitId()));
            } else {
                targets.add(root.unitId());
            }
            for (long t : targets) {
                b.successions.add(new Succession(newIds.get(v.unitId()), t, date, SuccessionType.MERGED_INTO));
            }
        }
        return b.build();
    }

    /** "Sở Y tế - tỉnh Bình Định" and "Sở Y tế tỉnh Gia Lai" both become "so y te". */
    static String baseName(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        int cut = n.indexOf(" - ");
        if (cut > 0) {
            n = n.substring(0, cut);
        }
        n = n.replaceAll("\\s+(tinh|thanh pho)\\s+.*$", "");
        return n.replaceAll("\\s+", " ").strip();
    }
}
