package vn.motcua.reporting.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.reporting.domain.CodeCarriers;
import vn.motcua.units.domain.UnitHistory;

/**
 * A unit's name by the portal code a dossier stores, as of a day (the report's last day for units as they were,
 * today for units as they are now): the name of the version carrying the code then ({@link CodeCarriers}).
 */
final class UnitNames {

    private final Map<String, String> byCode = new HashMap<>();

    UnitNames(UnitHistory history, LocalDate day) {
        CodeCarriers.on(history, day).forEach((code, v) -> byCode.put(code, v.name()));
    }

    String name(String code) {
        return byCode.get(code);
    }
}
