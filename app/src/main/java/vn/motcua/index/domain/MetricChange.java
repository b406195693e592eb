package vn.motcua.index.domain;

/**
 * One change of a what-if: a unit's metric set to new counts ({@code unitCode} null: a metric counted once for the
 * province). A saved scenario keeps a list of them.
 */
public record MetricChange(String unitCode, String metricCode, long numerator, long denominator) { }
