package vn.motcua.infra.generator;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the generator assumes per demo province when nothing else is said: the first three digits of citizens'
 * identity numbers (the province of birth registration) and the office hours of the demo seed
 * (tenants/.../seed/calendar/office-hours.csv). Other provinces get 07:30–11:30, 13:30–17:00 and "001".
 */
final class Provinces {

    private static final Map<String, String> ID_PREFIX = Map.of("gia-lai", "064", "quang-ngai", "051",
            "bac-ninh", "027", "ha-tinh", "042", "binh-dinh", "052", "kon-tum", "062", "bac-giang", "024");
    private static final Map<String, String> OFFICE_HOURS = Map.of("gia-lai", "07:00-11:30|13:30-17:00",
            "quang-ngai", "07:00-11:00|13:30-17:00", "bac-ninh", "07:30-11:30|13:30-17:00",
            "ha-tinh", "07:00-11:30|13:30-17:00");

    private Provinces() { }

    static DossierGenerator.Settings settings(String slug, long seed, long count, LocalDate from, LocalDate to) {
        return DossierGenerator.Settings.of(seed, count, from, to)
                .withOfficeHours(OFFICE_HOURS.getOrDefault(slug, "07:30-11:30|13:30-17:00"))
                .withIdPrefix(ID_PREFIX.getOrDefault(slug, "001"));
    }
}
