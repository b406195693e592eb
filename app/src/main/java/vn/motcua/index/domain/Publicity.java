package vn.motcua.index.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.index.domain.MetricValue.Shortfall;

/**
 * The publicity metrics (group CKMB), counted once for the province from the catalog's publication history: the
 * publication decision's date, the legal act's effective date, the day it was published on the national database
 * (docs/index.md, "Counts from our own data"). Working days are the province's calendar.
 * <ul>
 *   <li>{@code PUBLISH_ON_TIME}: procedures whose every publication decision dated in the period came at least
 *       {@value #DECISION_LEAD} working days before the act took effect, over the procedures with a decision in the
 *       period (a decision without the act's effective date cannot be judged and is not counted);</li>
 *   <li>{@code PUBLIC_UPDATE_ON_TIME}: procedures whose every such decision was on the national database within
 *       {@value #NATIONAL_DB_DAYS} working days of its date, over the same procedures;</li>
 *   <li>{@code PUBLIC_CONTENT_FULL}: procedures in force today published with their steps and documents, over the
 *       procedures in force today (measured now, not by period, as the portal does).</li>
 * </ul>
 * A late procedure is its shortfall, by procedure code.
 */
public final class Publicity {

    public static final String PUBLISH_ON_TIME = "PUBLISH_ON_TIME";
    public static final String PUBLIC_UPDATE_ON_TIME = "PUBLIC_UPDATE_ON_TIME";
    public static final String PUBLIC_CONTENT_FULL = "PUBLIC_CONTENT_FULL";
    public static final List<String> CODES = List.of(PUBLISH_ON_TIME, PUBLIC_UPDATE_ON_TIME, PUBLIC_CONTENT_FULL);

    /** A decision is on time when it comes at least this many working days before the act takes effect. */
    public static final int DECISION_LEAD = 5;
    /** A decision is on the national database on time within this many working days of its date. */
    public static final int NATIONAL_DB_DAYS = 5;

    /** One version of a procedure as the catalog keeps it. {@code current}: in force today. */
    public record Version(String procedureCode, LocalDate decisionDate, LocalDate effectiveDate,
                          LocalDate nationalDbDate, boolean current, boolean complete) { }

    private Publicity() {
    }

    public static Map<String, MetricValue> of(List<Version> versions, LocalDate from, LocalDate to,
                                              WorkingCalendar calendar) {
        Map<String, Boolean> published = new TreeMap<>();
        Map<String, Boolean> updated = new TreeMap<>();
        Map<String, Boolean> content = new TreeMap<>();
        for (Version v : versions) {
            if (v.current()) {
                content.merge(v.procedureCode(), v.complete(), Boolean::logicalAnd);
            }
            LocalDate d = v.decisionDate();
            if (d == null || d.isBefore(from) || d.isAfter(to)) {
                continue;
            }
            if (v.effectiveDate() != null) {
                boolean onTime = !d.isAfter(v.effectiveDate())
                        && calendar.workingDaysBetween(d, v.effectiveDate()) >= DECISION_LEAD;
                published.merge(v.procedureCode(), onTime, Boolean::logicalAnd);
            }
            boolean inDb = v.nationalDbDate() != null
                    && !v.nationalDbDate().isAfter(calendar.plusWorkingDays(d, NATIONAL_DB_DAYS));
            updated.merge(v.procedureCode(), inDb, Boolean::logicalAnd);
        }
        Map<String, MetricValue> m = new LinkedHashMap<>();
        m.put(PUBLISH_ON_TIME, value(PUBLISH_ON_TIME, published));
        m.put(PUBLIC_UPDATE_ON_TIME, value(PUBLIC_UPDATE_ON_TIME, updated));
        m.put(PUBLIC_CONTENT_FULL, value(PUBLIC_CONTENT_FULL, content));
        return m;
    }

    private static MetricValue value(String code, Map<String, Boolean> byProcedure) {
        List<Shortfall> late = new ArrayList<>();
        byProcedure.forEach((procedure, ok) -> {
            if (!ok) {
                late.add(new Shortfall(procedure, 1));
            }
        });
        return MetricValue.counts(code, byProcedure.size() - late.size(), byProcedure.size(), MetricSource.COMPUTED,
                late);
    }
}
