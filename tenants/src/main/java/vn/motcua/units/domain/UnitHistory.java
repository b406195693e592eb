package vn.motcua.units.domain;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/**
 * All versions and succession links of one province's units, and the rules over them: the tree as of a day,
 * a unit's timeline, mapping an old unit to its successors, and planning renames, moves, merges and splits.
 * Pure and in memory: a province has 40–300 units with a handful of versions each.
 */
public final class UnitHistory {

    /** One node of the tree as of a day. */
    public record Node(UnitVersion version, List<Node> children) { }

    /** One event in a unit's life, oldest first. */
    public record TimelineEntry(LocalDate date, String event, UnitVersion version, Succession link) { }

    private final Map<Long, List<UnitVersion>> versions = new HashMap<>();
    private final List<Succession> successions;

    public UnitHistory(List<UnitVersion> allVersions, List<Succession> successions) {
        for (UnitVersion v : allVersions) {
            versions.computeIfAbsent(v.unitId(), k -> new ArrayList<>()).add(v);
        }
        versions.values().forEach(l -> l.sort(Comparator.comparing(UnitVersion::validFrom)));
        this.successions = List.copyOf(successions);
    }

    public boolean exists(long unitId) {
        return versions.containsKey(unitId);
    }

    public Set<Long> unitIds() {
        return versions.keySet();
    }

    public List<UnitVersion> versionsOf(long unitId) {
        return versions.getOrDefault(unitId, List.of());
    }

    public List<Succession> successions() {
        return successions;
    }

    public Optional<UnitVersion> versionOn(long unitId, LocalDate day) {
        return versionsOf(unitId).stream().filter(v -> v.validOn(day)).findFirst();
    }

    /** The latest version (current or, for a closed unit, its last one). */
    public Optional<UnitVersion> latest(long unitId) {
        List<UnitVersion> l = versionsOf(unitId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(l.size() - 1));
    }

    public List<UnitVersion> unitsOn(LocalDate day) {
        List<UnitVersion> out = new ArrayList<>();
        for (List<UnitVersion> l : versions.values()) {
            for (UnitVersion v : l) {
                if (v.validOn(day)) {
                    out.add(v);
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** Province level first, then by kind, portal code and name: the order people expect in the tree. */
    public static final Comparator<UnitVersion> ORDER = Comparator
            .comparing((UnitVersion v) -> v.level().ordinal())
            .thenComparing(v -> v.kind().ordinal())
            .thenComparing(v -> codeSortKey(v.spec().portal()))
            .thenComparing(UnitVersion::name, vietnameseCollator())
            .thenComparing(UnitVersion::unitId);

    /** "Chư Păh" before "Chư Prông", "Đ…" after "D…", as a Vietnamese reader expects. */
    private static java.text.Collator vietnameseCollator() {
        java.text.Collator c = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        c.setStrength(java.text.Collator.SECONDARY);
        return c;
    }

    private static String codeSortKey(String portal) {
        if (portal == null) {
            return "~";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : portal.split("\\.")) {
            sb.append(String.format("%8s", part)).append('.');
        }
        return sb.toString();
    }

    /** Units valid on {@code day} as a forest: a unit whose parent is not valid that day becomes a root. */
    public List<Node> treeOn(LocalDate day) {
        List<UnitVersion> on = unitsOn(day);
        Map<Long, UnitVersion> byId = new HashMap<>();
        on.forEach(v -> byId.put(v.unitId(), v));
        Map<Long, List<UnitVersion>> children = new HashMap<>();
        List<UnitVersion> roots = new ArrayList<>();
        for (UnitVersion v : on) {
            if (v.parentId() != null && byId.containsKey(v.parentId())) {
                children.computeIfAbsent(v.parentId(), k -> new ArrayList<>()).add(v);
            } else {
                roots.add(v);
            }
        }
        return roots.stream().map(r -> node(r, children, new HashSet<>())).toList();
    }

    private Node node(UnitVersion v, Map<Long, List<UnitVersion>> children, Set<Long> seen) {
        if (!seen.add(v.unitId())) {
            return new Node(v, List.of());
        }
        return new Node(v, children.getOrDefault(v.unitId(), List.of()).stream()
                .map(c -> node(c, children, seen)).toList());
    }

    /** Versions and links of one unit, in date order, each with what happened. */
    public List<TimelineEntry> timeline(long unitId) {
        List<UnitVersion> l = versionsOf(unitId);
        if (l.isEmpty()) {
            return List.of();
        }
        List<TimelineEntry> out = new ArrayList<>();
        UnitVersion prev = null;
        for (UnitVersion v : l) {
            String event;
            if (prev == null) {
                event = "CREATED";
            } else if (prev.validTo() != null && prev.validTo().plusDays(1).isBefore(v.validFrom())) {
                event = "REOPENED";
            } else {
                event = changeOf(prev.spec(), v.spec());
            }
            out.add(new TimelineEntry(v.validFrom(), event, v, null));
            prev = v;
        }
        UnitVersion last = l.get(l.size() - 1);
        if (last.validTo() != null) {
            out.add(new TimelineEntry(last.validTo().plusDays(1), "CLOSED", last, null));
        }
        for (Succession s : successions) {
            if (s.predecessorId() == unitId) {
                out.add(new TimelineEntry(s.date(), "SUCCEEDED_BY_" + s.type(), null, s));
            } else if (s.successorId() == unitId) {
                out.add(new TimelineEntry(s.date(), "SUCCEEDS_" + s.type(), null, s));
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::date));
        return out;
    }

    /** RENAMED, MOVED, RECODED, RECLASSIFIED or several of them joined with '+'. */
    static String changeOf(UnitSpec a, UnitSpec b) {
        List<String> parts = new ArrayList<>();
        if (!a.name().equals(b.name())) {
            parts.add("RENAMED");
        }
        if (!java.util.Objects.equals(a.parentId(), b.parentId())) {
            parts.add("MOVED");
        }
        if (!java.util.Objects.equals(a.qcvnCode(), b.qcvnCode()) || !java.util.Objects.equals(a.portalCode(), b.portalCode())) {
            parts.add("RECODED");
        }
        if (a.kind() != b.kind() || a.level() != b.level()) {
            parts.add("RECLASSIFIED");
        }
        return parts.isEmpty() ? "UNCHANGED" : String.join("+", parts);
    }

    /**
     * The unit(s) that old unit {@code unitId} corresponds to on {@code day}: itself if it is valid then,
     * otherwise the successors reached by following links dated on or before {@code day}, transitively.
     * Empty if the unit did not exist yet, or ended without a successor.
     */
    public Set<Long> successorsOn(long unitId, LocalDate day) {
        Set<Long> found = new TreeSet<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        todo.add(unitId);
        while (!todo.isEmpty()) {
            long id = todo.poll();
            if (!seen.add(id)) {
                continue;
            }
            if (versionOn(id, day).isPresent()) {
                found.add(id);
                continue;
            }
            boolean started = versionsOf(id).stream().anyMatch(v -> !v.validFrom().isAfter(day));
            if (!started) {
                continue;
            }
            for (Succession s : successions) {
                if (s.predecessorId() == id && !s.date().isAfter(day)) {
                    todo.add(s.successorId());
                }
            }
        }
        return found;
    }

    // ---------------------------------------------------------------- planning

    /** A new unit valid from {@code from}. */
    public UnitPlan planCreate(UnitSpec spec, LocalDate from) {
        require(from, "validFrom");
        checkParent(spec, from, null);
        UnitPlan.Builder b = new UnitPlan.Builder();
        long id = b.newUnit(false, null, null);
        b.newVersions.add(new UnitVersion(id, from, null, spec));
        return b.build();
    }

    /**
     * A rename, move, recoding or reclassification from {@code effective}: the version valid that day is closed
     * the day before and a new one opens. Changing a version from its own first day would overwrite history,
     * so it is refused; so is a change behind a later version (change the later one instead).
     */
    public UnitPlan planChange(long unitId, UnitSpec spec, LocalDate effective) {
        require(effective, "effectiveFrom");
        UnitVersion current = versionOn(unitId, effective)
                .orElseThrow(() -> DomainException.invalid(List.of(new FieldError("effectiveFrom", "unit.notValidOn", unitId, effective))));
        if (!effective.isAfter(current.validFrom())) {
            throw DomainException.invalid(List.of(new FieldError("effectiveFrom", "unit.effectiveNotAfterCurrent", current.validFrom())));
        }
        if (latest(unitId).map(l -> l.validFrom().isAfter(current.validFrom())).orElse(false)) {
            throw DomainException.conflict("unit.laterVersionExists", unitId);
        }
        UnitPlan.Builder b = new UnitPlan.Builder();
        if ("UNCHANGED".equals(changeOf(current.spec(), spec))) {
            return b.build();
        }
        checkParent(spec, effective, unitId);
        b.closings.add(new UnitPlan.Closing(unitId, current.validFrom(), effective.minusDays(1)));
        b.newVersions.add(new UnitVersion(unitId, effective, current.validTo(), spec));
        return b.build();
    }

    /**
     * Units {@code sources} cease on {@code date - 1} and merge into {@code targetId}, or into a new unit
     * described by {@code newTarget}. Their children still valid on {@code date} move under the target.
     */
    public UnitPlan planMerge(List<Long> sources, Long targetId, UnitSpec newTarget, LocalDate date) {
        require(date, "date");
        if (sources == null || sources.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldError("sourceIds", "unit.merge.sourcesRequired")));
        }
        if ((targetId == null) == (newTarget == null)) {
            throw DomainException.invalid(List.of(new FieldError("targetId", "unit.merge.oneTarget")));
        }
        Set<Long> src = new LinkedHashSet<>(sources);
        if (targetId != null && src.contains(targetId)) {
            throw DomainException.invalid(List.of(new FieldError("targetId", "unit.merge.targetIsSource")));
        }
        UnitPlan.Builder b = new UnitPlan.Builder();
        long target;
        if (targetId != null) {
            versionOn(targetId, date).orElseThrow(() -> DomainException.invalid(
                    List.of(new FieldError("targetId", "unit.notValidOn", targetId, date))));
            target = targetId;
        } else {
            if (newTarget.parentId() != null && src.contains(newTarget.parentId())) {
                throw DomainException.invalid(List.of(new FieldError("target.parentId", "unit.parent.ceases")));
            }
            checkParent(newTarget, date, null);
            target = b.newUnit(false, null, null);
            b.newVersions.add(new UnitVersion(target, date, null, newTarget));
        }
        for (long s : src) {
            UnitVersion v = closeOnTheDayBefore(b, s, date, "sourceIds");
            b.successions.add(new Succession(s, target, date, SuccessionType.MERGED_INTO));
            if (v != null) {
                moveChildren(b, s, target, date, src);
            }
        }
        return b.build();
    }

    /**
     * New units {@code parts} split out of {@code sourceId} from {@code date}. If {@code closeSource}, the
     * source ceases the day before and its children still valid then move under the first part.
     */
    public UnitPlan planSplit(long sourceId, List<UnitSpec> parts, boolean closeSource, LocalDate date) {
        require(date, "date");
        versionOn(sourceId, date).orElseThrow(() -> DomainException.notFound("unit.notValidOn", sourceId, date));
        if (parts == null || parts.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldError("parts", "unit.split.partsRequired")));
        }
        UnitPlan.Builder b = new UnitPlan.Builder();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            UnitSpec p = parts.get(i);
            if (closeSource && sourceId == (p.parentId() == null ? Long.MIN_VALUE : p.parentId())) {
                throw DomainException.invalid(List.of(new FieldError("parts[" + i + "].parentId", "unit.parent.ceases")));
            }
            checkParent(p, date, null);
            long id = b.newUnit(false, null, null);
            ids.add(id);
            b.newVersions.add(new UnitVersion(id, date, null, p));
            b.successions.add(new Succession(sourceId, id, date, SuccessionType.SPLIT_FROM));
        }
        if (closeSource) {
            closeOnTheDayBefore(b, sourceId, date, "sourceId");
            moveChildren(b, sourceId, ids.get(0), date, Set.of(sourceId));
        }
        return b.build();
    }

    private UnitVersion closeOnTheDayBefore(UnitPlan.Builder b, long unitId, LocalDate date, String field) {
        UnitVersion v = versionOn(unitId, date).orElseThrow(() -> DomainException.invalid(
                List.of(new FieldError(field, "unit.notValidOn", unitId, date))));
        if (!date.isAfter(v.validFrom())) {
            throw DomainException.invalid(List.of(new FieldError("date", "unit.effectiveNotAfterCurrent", v.validFrom())));
        }
        if (latest(unitId).map(l -> l.validFrom().isAfter(v.validFrom())).orElse(false)) {
            throw DomainException.conflict("unit.laterVersionExists", unitId);
        }
        b.closings.add(new UnitPlan.Closing(unitId, v.validFrom(), date.minusDays(1)));
        return v;
    }

    private void moveChildren(UnitPlan.Builder b, long from, long to, LocalDate date, Set<Long> ceasing) {
        for (UnitVersion child : unitsOn(date)) {
            if (child.parentId() != null && child.parentId() == from && !ceasing.contains(child.unitId())) {
                if (date.isAfter(child.validFrom())) {
                    b.closings.add(new UnitPlan.Closing(child.unitId(), child.validFrom(), date.minusDays(1)));
                    b.newVersions.add(new UnitVersion(child.unitId(), date, child.validTo(), child.spec().withParent(to)));
                } else {
                    throw DomainException.conflict("unit.childStartsOnDate", child.unitId());
                }
            }
        }
    }

    private void checkParent(UnitSpec spec, LocalDate day, Long self) {
        Long parent = spec.parentId();
        if (parent == null) {
            return;
        }
        if (self != null && isAncestorOrSelf(self, parent, day)) {
            throw DomainException.invalid(List.of(new FieldError("parentId", "unit.parent.cycle")));
        }
        if (parent > 0 && versionOn(parent, day).isEmpty()) {
            throw DomainException.invalid(List.of(new FieldError("parentId", "unit.parent.notValidOn", parent, day)));
        }
    }

    /** Is {@code unit} the same as, or an ancestor of, {@code candidate} on {@code day}? */
    private boolean isAncestorOrSelf(long unit, long candidate, LocalDate day) {
        Set<Long> seen = new HashSet<>();
        Long cur = candidate;
        while (cur != null && seen.add(cur)) {
            if (cur == unit) {
                return true;
            }
            cur = versionOn(cur, day).map(UnitVersion::parentId).orElse(null);
        }
        return false;
    }

    private static void require(LocalDate d, String field) {
        if (d == null) {
            throw DomainException.invalid(List.of(new FieldError(field, "field.required")));
        }
    }
}
