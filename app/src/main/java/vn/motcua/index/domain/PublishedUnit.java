package vn.motcua.index.domain;

import java.util.Map;

/**
 * One unit of a period a province published for central agencies: its score and the metric counts it was scored
 * from (issue 14 item 7). {@code tenant} is the province that published it.
 */
public record PublishedUnit(String tenant, String code, String name, UnitKind kind, double total, String band,
                            Map<String, Double> groups, Map<String, MetricValue> metrics) { }
