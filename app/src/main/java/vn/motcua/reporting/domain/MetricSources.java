package vn.motcua.reporting.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.targets.domain.Metric;

/**
 * Where the actual value of each KPI metric comes from: the one place that says which counts of the day facts
 * ({@link MetricFacts}: the timeliness counters of V10 and the service-rate counters of V11) make a metric's numerator
 * and denominator. A metric without a source here is not computed, with the reason ({@link NotComputed}).
 *
 * <ul>
 *   <li>{@code ON_TIME_RATE} = dossiers finished early + on time / dossiers finished (06a: (8 + 9) / 7; withdrawn,
 *       stopped and refused-during-processing dossiers count as finished on time unless they were already late,
 *       docs/deadlines.md), by the day they ended;</li>
 *   <li>{@code ONLINE_SUBMISSION_RATE} = dossiers received online / dossiers received, by the day of receipt;</li>
 *   <li>{@code ONLINE_PAYMENT_RATE} = dossiers bearing fees paid online / dossiers bearing fees (fee_total &gt; 0),
 *       by the day of receipt;</li>
 *   <li>{@code DIGITISATION_RATE} = dossiers digitised / dossiers received, by the day of receipt;</li>
 *   <li>{@code DIGITISED_DOSSIER_RATE} (766's sub-rate "dossiers digitised at receipt") = the same counts as
 *       {@code DIGITISATION_RATE}: the product records digitisation at receipt only;</li>
 *   <li>{@code DIGITISED_RESULT_RATE} = dossiers finished with an electronic result / dossiers finished (all ends,
 *       as 06a column 7), by the day they ended;</li>
 *   <li>{@code SATISFACTION_RATE} = ratings of 4 or 5 / ratings (1–5), by the day of the rating.</li>
 * </ul>
 * {@code DIGITISED_REUSE_RATE} is not computed: the product does not record the reuse of digitised data yet. The
 * index metrics are scored by the index area ({@link IndexScores}); here they have no count source.
 */
public final class MetricSources {

    /** Why a metric has no actual value yet. */
    public enum NotComputed {
        NO_REUSE_DATA("the product does not hold data on the reuse of digitised documents yet"),
        AWAITING_INDEX("awaiting the index, issue 14"),
        NO_INDEX_RULES("no index rule set is in force for the target's year");

        private final String text;

        NotComputed(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private static final Map<Metric, Function<MetricFacts, MetricRatio>> SOURCES = new EnumMap<>(Metric.class);

    static {
        SOURCES.put(Metric.ON_TIME_RATE, f -> new MetricRatio(f.timeliness().endedEarly() + f.timeliness().endedOnTime(),
                f.timeliness().ended()));
        SOURCES.put(Metric.ONLINE_SUBMISSION_RATE, f -> new MetricRatio(f.timeliness().receivedOnline(),
                f.timeliness().received()));
        SOURCES.put(Metric.ONLINE_PAYMENT_RATE, f -> new MetricRatio(f.rates().paidOnline(), f.rates().feeBearing()));
        SOURCES.put(Metric.DIGITISATION_RATE, f -> new MetricRatio(f.rates().digitised(), f.rates().received()));
        SOURCES.put(Metric.DIGITISED_DOSSIER_RATE, f -> new MetricRatio(f.rates().digitised(), f.rates().received()));
        SOURCES.put(Metric.DIGITISED_RESULT_RATE, f -> new MetricRatio(f.rates().electronicResults(),
                f.rates().finishedTotal()));
        SOURCES.put(Metric.SATISFACTION_RATE, f -> new MetricRatio(f.rates().satisfied(), f.rates().rated()));
    }

    private MetricSources() { }

    /** The metric's source, or null when it is not computed ({@link #whyNot}). */
    public static Function<MetricFacts, MetricRatio> of(Metric metric) {
        return SOURCES.get(metric);
    }

    /** Why {@code metric} is not computed; null when it is. */
    public static NotComputed whyNot(Metric metric) {
        if (SOURCES.containsKey(metric)) {
            return null;
        }
        return metric == Metric.DIGITISED_REUSE_RATE ? NotComputed.NO_REUSE_DATA : NotComputed.AWAITING_INDEX;
    }
}
