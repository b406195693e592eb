package vn.motcua.index.domain;

/**
 * Where a metric's figures come from, shown beside every figure so that a total is honest about its sources.
 * <ul>
 *   <li>{@code COMPUTED}: counted by the product, from the report facts or the catalog's publication history;</li>
 *   <li>{@code ENTERED}: entered by the province administrator for the period (inputs the product does not hold);</li>
 *   <li>{@code RULE}: given by the rule set whatever the counts (a metric with constant full points);</li>
 *   <li>{@code SIMULATED}: changed in a what-if scenario;</li>
 *   <li>{@code MISSING}: not entered yet; the metric scores nothing until it is.</li>
 * </ul>
 */
public enum MetricSource { COMPUTED, ENTERED, RULE, SIMULATED, MISSING }
