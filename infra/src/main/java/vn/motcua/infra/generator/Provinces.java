package vn.motcua.infra.generator;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the generator assumes per demo province: the first three digits of citizens' identity numbers (the province
 * of birth registration); other provinces get "001". Office hours and the calendar come from the server.
 */
final class Provinces {

    private static final Map<String, String> ID_PREFIX = Map.of("gia-lai", "064", "quang-ngai", "051",
            "bac-ninh", "027", "ha-tinh", "042", "binh-dinh", "052", "kon-tum", "062", "bac-giang", "024");

    private Provinces() { }

    static DossierGenerator.Settings settings(String slug, long seed, long count, LocalDate from, LocalDate to) {
        return DossierGenerator.Settings.of(seed, count, from, to)
                .withIdPrefix(ID_PREFIX.getOrDefault(slug, "001"));
    }
}
