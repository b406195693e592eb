package vn.motcua.targets.domain;

/**
 * What a KPI target measures. Rates and scores are in percent or index points; {@link #INDEX_GROUP_SCORE} needs a
 * group code of Decision 766 ({@link IndexGroup}).
 */
public enum Metric {
    ON_TIME_RATE,
    ONLINE_SUBMISSION_RATE,
    ONLINE_PAYMENT_RATE,
    DIGITISATION_RATE,
    /** 766 MDSH sub-rate: results issued electronically. */
    DIGITISED_RESULT_RATE,
    /** 766 MDSH sub-rate: dossiers digitised at receipt. */
    DIGITISED_DOSSIER_RATE,
    /** 766 MDSH sub-rate: reuse of digitised data. */
    DIGITISED_REUSE_RATE,
    INDEX_GROUP_SCORE,
    INDEX_TOTAL,
    SATISFACTION_RATE;

    /** The largest meaningful value: 100 % for rates, the group's points or 100 for the index. */
    public double max(IndexGroup group) {
        return this == INDEX_GROUP_SCORE && group != null ? group.points() : 100;
    }
}
