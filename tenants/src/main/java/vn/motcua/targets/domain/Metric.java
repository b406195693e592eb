package vn.motcua.targets.domain;

/**
 * What a KPI target measures. Rates and scores are in percent or index points; {@link #INDEX_GROUP_SCORE} needs a
 * group code of Decision 766 ({@link IndexGroup}), and its largest value is the group's points ({@link GroupPoints}).
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

    /** The largest meaningful value but a group score's: 100 %, or 100 points for the index. */
    public static final double MAX = 100;
}
