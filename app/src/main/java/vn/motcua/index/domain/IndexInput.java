package vn.motcua.index.domain;

import java.time.OffsetDateTime;

/**
 * A count the province administrator entered for a period, for a metric the product does not count: the unit's portal
 * code ("" for a metric counted once for the province), numerator and denominator, a note, who entered it and when
 * (both null until stored).
 */
public record IndexInput(String unitCode, String metricCode, long numerator, long denominator, String note,
                         String enteredBy, OffsetDateTime enteredAt) { }
