package vn.motcua.reporting.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitVersion;

/**
 * A unit's name by the portal code a dossier stores, as it was: the version carrying the code that was in force on
 * the report's last day, else the latest one before it, else the first one after (a code is a unit's for a time).
 */
final class UnitNames {

    private final Map<String, String> byCode = new HashMap<>();

    UnitNames(UnitHistory history, LocalDate day) {
        Map<String, UnitVersion> best = new HashMap<>();
        for (long id : history.unitIds()) {
            for (UnitVersion v : history.versionsOf(id)) {
                String code = v.spec().portal();
                if (code != null) {
                    best.merge(code, v, (a, b) -> closer(a, b, day));
                }
            }
        }
        best.forEach((code, v) -> byCode.put(code, v.name()));
    }

    String name(String code) {
        return byCode.get(code);
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
