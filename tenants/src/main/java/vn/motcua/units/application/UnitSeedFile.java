package vn.motcua.units.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularReader;
import vn.motcua.units.domain.Succession;
import vn.motcua.units.domain.SuccessionType;
import vn.motcua.units.domain.UnitCode;
import vn.motcua.units.domain.UnitKind;
import vn.motcua.units.domain.UnitLevel;
import vn.motcua.units.domain.UnitPlan;
import vn.motcua.units.domain.UnitSpec;
import vn.motcua.units.domain.UnitVersion;

/**
 * A demo province's units as data ({@code vn/motcua/seed/<province>/units.csv}, written by
 * {@code tenants/seed-tools/generate_units.py}): one row per unit with its one version, the generated flag,
 * successor keys (districts → communes, from the day after valid_to) and, for a province that is absorbed,
 * the absorbing province's portal codes each unit is mapped to.
 */
public record UnitSeedFile(UnitPlan plan, Map<String, Long> tempIdByKey, Map<String, List<String>> absorbInto) {

    public static boolean exists(String slug) {
        return UnitSeedFile.class.getClassLoader().getResource(path(slug)) != null;
    }

    private static String path(String slug) {
        return "vn/motcua/seed/" + slug + "/units.csv";
    }

    public static UnitSeedFile load(String slug) {
        byte[] bytes;
        try (InputStream in = UnitSeedFile.class.getClassLoader().getResourceAsStream(path(slug))) {
            if (in == null) {
                throw new IllegalArgumentException("no unit seed for " + slug);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Table table = TabularReader.readCsv(bytes);
        Map<String, Long> ids = new HashMap<>();
        long next = -1;
        for (Table.Row r : table.rows()) {
            ids.put(r.get("key"), next--);
        }
        List<UnitPlan.NewUnit> units = new ArrayList<>();
        List<UnitVersion> versions = new ArrayList<>();
        List<Succession> links = new ArrayList<>();
        Map<String, List<String>> absorbInto = new HashMap<>();
        for (Table.Row r : table.rows()) {
            long id = ids.get(r.get("key"));
            units.add(new UnitPlan.NewUnit(id, Boolean.parseBoolean(r.get("generated")), null, null));
            Long parent = r.get("parent_key").isEmpty() ? null : ids.get(r.get("parent_key"));
            UnitSpec spec = new UnitSpec(r.get("name"), UnitKind.valueOf(r.get("kind")), UnitLevel.valueOf(r.get("level")),
                    parent, UnitCode.parse(UnitCode.Scheme.QCVN102, r.get("qcvn_code")).orElse(null),
                    UnitCode.parse(UnitCode.Scheme.PORTAL, r.get("portal_code")).orElse(null));
            LocalDate to = r.get("valid_to").isEmpty() ? null : LocalDate.parse(r.get("valid_to"));
            versions.add(new UnitVersion(id, LocalDate.parse(r.get("valid_from")), to, spec));
            for (String succ : split(r.get("successor_keys"))) {
                links.add(new Succession(id, ids.get(succ), to.plusDays(1), SuccessionType.MERGED_INTO));
            }
            List<String> into = split(r.get("absorb_into_portal"));
            if (!into.isEmpty()) {
                absorbInto.put(r.get("key"), into);
            }
        }
        return new UnitSeedFile(new UnitPlan(units, List.of(), versions, links), ids, absorbInto);
    }

    private static List<String> split(String v) {
        return v.isEmpty() ? List.of() : Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
