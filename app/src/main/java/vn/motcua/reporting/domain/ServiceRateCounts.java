package vn.motcua.reporting.domain;

import java.math.BigDecimal;

/**
 * The service rates of one row for a period (issue 13 item 4): the counts are the day facts summed over the period's
 * days ({@code province.dossier_day_fact}, V11); the rates are computed from them, so a total's rate is that of the
 * summed counts, never an average of the rows' rates. Every rate is null when its denominator is 0.
 */
public record ServiceRateCounts(long receivedOnline, long receivedInPerson, long receivedPostal, long digitised,
                                long feeBearing, long paidOnline, long finishedTotal, long electronicResults,
                                long supplementedOnce, long supplementedTwice, long apologised,
                                long lateWithoutApology, long rated1, long rated2, long rated3, long rated4,
                                long rated5) {

    public static final ServiceRateCounts ZERO = new ServiceRateCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public ServiceRateCounts plus(ServiceRateCounts o) {
        return new ServiceRateCounts(receivedOnline + o.receivedOnline, receivedInPerson + o.receivedInPerson,
                receivedPostal + o.receivedPostal, digitised + o.digitised, feeBearing + o.feeBearing,
                paidOnline + o.paidOnline, finishedTotal + o.finishedTotal, electronicResults + o.electronicResults,
                supplementedOnce + o.supplementedOnce, supplementedTwice + o.supplementedTwice,
                apologised + o.apologised, lateWithoutApology + o.lateWithoutApology, rated1 + o.rated1,
                rated2 + o.rated2, rated3 + o.rated3, rated4 + o.rated4, rated5 + o.rated5);
    }

    /** Received in the period, whatever the channel. */
    public long received() {
        return receivedOnline + receivedInPerson + receivedPostal;
    }

    public long rated() {
        return rated1 + rated2 + rated3 + rated4 + rated5;
    }

    /** Rated 4 or 5. */
    public long satisfied() {
        return rated4 + rated5;
    }

    /** The scores added up: Σ k × (rated k). */
    public long satisfactionSum() {
        return rated1 + 2 * rated2 + 3 * rated3 + 4 * rated4 + 5 * rated5;
    }

    /** Received online among all received, in percent. */
    public BigDecimal onlineShare() {
        return Percent.of(receivedOnline, received());
    }

    /** Received by post among all received, in percent. */
    public BigDecimal postalShare() {
        return Percent.of(receivedPostal, received());
    }

    /** Digitised among the received, in percent. */
    public BigDecimal digitisationRate() {
        return Percent.of(digitised, received());
    }

    /** Paid online among the fee-bearing, in percent. */
    public BigDecimal onlinePaymentRate() {
        return Percent.of(paidOnline, feeBearing);
    }

    /** With an electronic result among the finished, in percent. */
    public BigDecimal electronicResultRate() {
        return Percent.of(electronicResults, finishedTotal);
    }

    /** The average score (1–5) of the ratings, two decimals. */
    public BigDecimal satisfactionAverage() {
        return Percent.ratio(satisfactionSum(), rated());
    }

    /** Rated 4 or 5 among the rated, in percent. */
    public BigDecimal satisfiedRate() {
        return Percent.of(satisfied(), rated());
    }

    /** Whether nothing happened in the period (nothing received, finished or rated). */
    public boolean empty() {
        return received() == 0 && finishedTotal == 0 && rated() == 0;
    }

    /** No count is negative (the facts are in doubt otherwise). */
    public boolean nonNegative() {
        return java.util.Arrays.stream(ServiceRateColumn.values()).allMatch(c -> get(c) >= 0);
    }

    /** The count of a column, by its name in the report. */
    public long get(ServiceRateColumn column) {
        return switch (column) {
            case received -> received();
            case receivedOnline -> receivedOnline;
            case receivedInPerson -> receivedInPerson;
            case receivedPostal -> receivedPostal;
            case digitised -> digitised;
            case feeBearing -> feeBearing;
            case paidOnline -> paidOnline;
            case finishedTotal -> finishedTotal;
            case electronicResults -> electronicResults;
            case supplementedOnce -> supplementedOnce;
            case supplementedTwice -> supplementedTwice;
            case apologised -> apologised;
            case lateWithoutApology -> lateWithoutApology;
            case rated -> rated();
            case rated1 -> rated1;
            case rated2 -> rated2;
            case rated3 -> rated3;
            case rated4 -> rated4;
            case rated5 -> rated5;
            case satisfied -> satisfied();
        };
    }
}
