package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitVersion;

/**
 * Which unit version a portal code stored on a dossier stands for, as of a day: a code is a unit's for a time and may
 * pass to another later (a former district's code reused by a new commune), so it is read as the version carrying it
 * that is in force on the day, else the latest one begun by then, else the first one after. Report names and the
 * rollup into today's units both read codes this way.
 */
public final class CodeCarriers {

    private CodeCarriers() { }

    /** Each portal code of the history with the version that stands for it on {@code day}. */
    public static Map<String, UnitVersion> on(UnitHistory history, LocalDate day) {
        Map<String, UnitVersion> best = new HashMap<>();
        for (long id : history.unitIds()) {
            for (UnitVersion v : history.versionsOf(id)) {
                String code = v.spec().portal();
                if (code != null) {
                    best.merge(code, v, (a, b) -> closer(a, b, day));
                }
            }
        }
        return best;
    }

    /** Of two versions, the one in force on day, else the latest that began by then, else the earliest. */
    static UnitVersion closer(UnitVersion a, UnitVersion b, LocalDate day) {
        if (a.validOn(day) != b.validOn(day)) {
            return a.validOn(day) ? a : b;
        }
        boolean aBegun = !a.validFrom().isAfter(day);
        boolean bBegun = !b.validFrom().isAfter(day);
        if (aBegun != bBegun) {
            return aBegun ? a : b;
        }
        Comparator<UnitVersion> byStart = Comparator.comparing(UnitVersion::validFrom);
        return aBegun ? (byStart.compare(a, b) >= 0 ? a : b) : (byStart.compare(a, b) <= 0 ? a : b);
    }
}
