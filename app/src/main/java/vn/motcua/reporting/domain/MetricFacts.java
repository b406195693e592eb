package vn.motcua.reporting.domain;

/**
 * What the KPI metrics are computed from for some days of some units: the timeliness counters of the day facts
 * ({@link FactSums}, V10) and their service-rate counters ({@link ServiceRateCounts}, V11), both summed over the same
 * days. Sums of counts, so months and units add up ({@link #plus}).
 */
public record MetricFacts(FactSums timeliness, ServiceRateCounts rates) {

    public static final MetricFacts ZERO = new MetricFacts(FactSums.ZERO, ServiceRateCounts.ZERO);

    public MetricFacts {
        timeliness = timeliness == null ? FactSums.ZERO : timeliness;
        rates = rates == null ? ServiceRateCounts.ZERO : rates;
    }

    public MetricFacts plus(MetricFacts o) {
        return new MetricFacts(timeliness.plus(o.timeliness), rates.plus(o.rates));
    }
}
