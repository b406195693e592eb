package vn.motcua.reporting.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.targets.domain.Metric;

/**
 * Where the actual value of each KPI metric comes from: the one place that says which counts of the day facts
 * ({@link FactSums}) make a metric's numerator and denominator. A metric without a source here is not computed, with
 * the reason ({@link NotComputed}).
 *
 * <ul>
 *   <li>{@code ON_TIME_RATE} = dossiers finished early + on time / dossiers finished (06a: (8 + 9) / 7; withdrawn,
 *       stopped and refused-during-processing dossiers count as finished on time unless they were already late,
 *       docs/deadlines.md), by the day they ended;</li>
 *   <li>{@code ONLINE_SUBMISSION_RATE} = dossiers received online / dossiers received, by the day of receipt.</li>
 * </ul>
 * The service-rate metrics (digitisation, online payment, electronic results, satisfaction) are one line each here
 * once the facts carry their counters.
 */
public final class MetricSources {

    /** Why a metric has no actual value yet. */
    public enum NotComputed {
        AWAITING_SERVICE_RATE_FACTS("awaiting service-rate facts"),
        AWAITING_INDEX("awaiting the index, issue 14");

        private final String text;

        NotComputed(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private static final Map<Metric, Function<FactSums, MetricRatio>> SOURCES = new EnumMap<>(Metric.class);

    static {
        SOURCES.put(Metric.ON_TIME_RATE, f -> new MetricRatio(f.endedEarly() + f.endedOnTime(), f.ended()));
        SOURCES.put(Metric.ONLINE_SUBMISSION_RATE, f -> new MetricRatio(f.receivedOnline(), f.received()));
    }

    private MetricSources() { }

    /** The metric's source, or null when it is not computed ({@link #whyNot}). */
    public static Function<FactSums, MetricRatio> of(Metric metric) {
        return SOURCES.get(metric);
    }

    /** Why {@code metric} is not computed; null when it is. */
    public static NotComputed whyNot(Metric metric) {
        if (SOURCES.containsKey(metric)) {
            return null;
        }
        return metric == Metric.INDEX_GROUP_SCORE || metric == Metric.INDEX_TOTAL ? NotComputed.AWAITING_INDEX
                : NotComputed.AWAITING_SERVICE_RATE_FACTS;
    }
}
