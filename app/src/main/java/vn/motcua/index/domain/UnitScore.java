package vn.motcua.index.domain;

import java.util.List;
import java.util.Map;

/**
 * A unit's index: total, band, competition rank among the units scored together (and within its kind), group scores
 * in display order and each metric's result. Codes of metrics the caller did not give are listed in {@code missing}.
 */
public record UnitScore(String code, UnitKind kind, double total, Band band, int rank, int kindRank,
                        Map<String, Double> groups, List<MetricScore> metrics, List<String> missing) { }
