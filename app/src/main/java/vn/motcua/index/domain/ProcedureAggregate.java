package vn.motcua.index.domain;

import java.math.BigDecimal;
import vn.motcua.reporting.domain.FinishTimes;
import vn.motcua.reporting.domain.Percent;

/**
 * One procedure's dossiers in a published period of one province (issue 14 item 7), counts only: received in the
 * period, of them online; finished in the period, of them early or on time; open and overdue at its end; and the
 * working days the finished ones took (the histogram of the duration facts). Aggregates of provinces are sums of
 * these counts, so a rate or a percentile over several provinces is that of all their dossiers, never a mean of rates.
 */
public record ProcedureAggregate(String code, String name, long received, long receivedOnline, long finished,
                                 long finishedOnTime, long openOverdue, FinishTimes times) {

    public ProcedureAggregate {
        if (receivedOnline < 0 || receivedOnline > received || finishedOnTime < 0 || finishedOnTime > finished
                || openOverdue < 0) {
            throw new IllegalArgumentException("inconsistent counts of " + code);
        }
        times = times == null ? FinishTimes.NONE : times;
    }

    public ProcedureAggregate plus(ProcedureAggregate o) {
        return new ProcedureAggregate(code, name, received + o.received, receivedOnline + o.receivedOnline,
                finished + o.finished, finishedOnTime + o.finishedOnTime, openOverdue + o.openOverdue,
                times.plus(o.times));
    }

    /** Received online among the received, percent with two decimals; null when none was received. */
    public BigDecimal onlinePct() {
        return Percent.of(receivedOnline, received);
    }

    /** Early or on time among the finished, percent with two decimals; null when none finished. */
    public BigDecimal onTimePct() {
        return Percent.of(finishedOnTime, finished);
    }

    /** Median working days to finish with a result (nearest rank); null when none did. */
    public Integer medianDays() {
        return times.percentile(50);
    }

    /** 90th percentile of the working days to finish with a result (nearest rank); null when none did. */
    public Integer p90Days() {
        return times.p90();
    }
}
