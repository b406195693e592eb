package vn.motcua.catalog.domain;

import java.time.LocalDate;

/**
 * How a version was made public: the publication decision (quyết định công bố) number and date, the date the
 * procedure took legal effect, and the date it was published on the national procedure database. The index
 * measures publication timeliness from these dates. Every part is optional (older data often lacks them).
 */
public record Publication(String decisionNumber, LocalDate decisionDate, LocalDate effectiveDate,
                          LocalDate nationalDbDate) {

    public static final Publication NONE = new Publication(null, null, null, null);

    public Publication {
        decisionNumber = decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip();
    }
}
