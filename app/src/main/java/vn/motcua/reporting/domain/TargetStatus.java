package vn.motcua.reporting.domain;

/**
 * Where a target stands: before its deadline ON_TRACK or AT_RISK by the projection ({@link TargetProjection}); from
 * its deadline on, MET or MISSED by the actual value over its period; NO_DATA when there were no dossiers to count;
 * NOT_COMPUTED when the metric has no source yet ({@link MetricSources}).
 */
public enum TargetStatus {
    ON_TRACK, AT_RISK, MET, MISSED, NO_DATA, NOT_COMPUTED
}
