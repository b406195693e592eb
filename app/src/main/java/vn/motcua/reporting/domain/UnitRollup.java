package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import vn.motcua.units.domain.UnitHistory;

/**
 * Units as they are now ({@link UnitView#AS_IS}): each competent unit code stored on dossiers, rolled into the code of
 * one unit in force today, so that every dossier is counted once and the province total is the same in both views.
 * The rule (docs/deadlines.md, "Units as they were or as they are now"):
 * <ol>
 *   <li>a stored code stands for the unit carrying it today, else the one that carried it last
 *       ({@link CodeCarriers});</li>
 *   <li>a unit in force today is itself, under its code of today (a recoded unit's old code rolls into its new
 *       one);</li>
 *   <li>a unit no longer in force leads, through its succession links (merged into, split into, renamed; chains
 *       followed), to the units in force today ({@link UnitHistory#successorsOn});</li>
 *   <li>of several (a split), the one whose code of today comes first in {@link #CODE_ORDER} (parts compared as
 *       numbers: H21 before H21.99 before H21.100) takes all of its dossiers — the links mark no principal
 *       successor;</li>
 *   <li>a unit that leads to no unit in force today with a code (ended without successor), and a code no unit ever
 *       carried, stay under their own code.</li>
 * </ol>
 * Plain and in memory: a province has a few hundred codes.
 */
public final class UnitRollup {

    /** Portal codes in reading order: the province part as text, then each level as a number. */
    public static final Comparator<String> CODE_ORDER = UnitRollup::compareCodes;

    /** Every code some unit carried, with the code it is counted under today. */
    private final Map<String, String> todayByCode;

    UnitRollup(Map<String, String> todayByCode) {
        this.todayByCode = Map.copyOf(todayByCode);
    }

    /** The rollup of a province's units as of {@code today}. */
    public static UnitRollup of(UnitHistory history, LocalDate today) {
        Map<String, String> to = new HashMap<>();
        CodeCarriers.on(history, today).forEach((code, v) ->
                to.put(code, todayCode(history, v.unitId(), today).orElse(code)));
        return new UnitRollup(to);
    }

    /** The first code of today among the units in force today that unit {@code unitId} leads to. */
    static Optional<String> todayCode(UnitHistory history, long unitId, LocalDate today) {
        return history.successorsOn(unitId, today).stream()
                .map(id -> history.versionOn(id, today).map(v -> v.spec().portal()).orElse(null))
                .filter(Objects::nonNull)
                .min(CODE_ORDER);
    }

    /** The code a dossier stored with {@code code} is counted under today (null stays null). */
    public String today(String code) {
        return code == null ? null : todayByCode.getOrDefault(code, code);
    }

    /**
     * The stored codes counted under {@code todayCode}: every code that rolls into it, itself included when no unit
     * ever carried it. Empty for a code that is no longer counted under itself (a predecessor's).
     */
    public Set<String> rolledInto(String todayCode) {
        Set<String> out = new TreeSet<>();
        todayByCode.forEach((code, to) -> {
            if (to.equals(todayCode)) {
                out.add(code);
            }
        });
        if (!todayByCode.containsKey(todayCode)) {
            out.add(todayCode);
        }
        return out;
    }

    /** The union of {@link #rolledInto} over several codes of today. */
    public Set<String> rolledInto(Collection<String> todayCodes) {
        Set<String> out = new TreeSet<>();
        todayCodes.forEach(c -> out.addAll(rolledInto(c)));
        return out;
    }

    /** Sums keyed by stored code, added up under the codes of today. */
    public Map<String, FactSums> regroup(Map<String, FactSums> byStoredCode) {
        return regroup(byStoredCode, FactSums::plus);
    }

    /** Any sums keyed by stored code, added up with {@code plus} under the codes of today. */
    public <T> Map<String, T> regroup(Map<String, T> byStoredCode, BinaryOperator<T> plus) {
        Map<String, T> out = new HashMap<>();
        byStoredCode.forEach((code, sums) -> out.merge(today(code), sums, plus));
        return out;
    }

    private static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = comparePart(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return x.length != y.length ? Integer.compare(x.length, y.length) : a.compareTo(b);
    }

    private static int comparePart(String a, String b) {
        if (a.matches("[0-9]{1,9}") && b.matches("[0-9]{1,9}")) {
            int c = Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }
}
