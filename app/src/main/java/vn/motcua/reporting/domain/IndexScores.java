package vn.motcua.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province's Decision 766 scores for a period, as the index area computes them (implemented there, so that the
 * targets can read them without the reports depending on the index): per unit of today (its portal code; "" for the
 * province) the score of each group (its code) and the total ({@link #TOTAL}). Empty when no index rule set is in
 * force on the period's last day.
 */
public interface IndexScores {

    String PROVINCE = "";
    String TOTAL = "TOTAL";

    Optional<Map<String, Map<String, Double>>> scores(LocalDate from, LocalDate to);

    /** The scores of several periods (each as {@link #scores(LocalDate, LocalDate)}), read together. */
    Map<ReportPeriod, Optional<Map<String, Map<String, Double>>>> scores(List<ReportPeriod> periods);
}
