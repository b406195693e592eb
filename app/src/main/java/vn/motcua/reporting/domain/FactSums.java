package vn.motcua.reporting.domain;

/**
 * The day facts of some days summed (columns of {@code province.dossier_day_fact}, V10): dossiers received online and
 * in person or by post, ended early, on time and late, and the change of the number of open overdue dossiers. Over
 * all days up to a day D they give the dossiers open at the end of D ({@link #open()}) and, of those, the overdue
 * ones ({@link #overdue()}).
 */
public record FactSums(long receivedOnline, long receivedInPersonOrPostal, long endedEarly, long endedOnTime,
                       long endedLate, long overdue) {

    public static final FactSums ZERO = new FactSums(0, 0, 0, 0, 0, 0);

    public long received() {
        return receivedOnline + receivedInPersonOrPostal;
    }

    public long ended() {
        return endedEarly + endedOnTime + endedLate;
    }

    /** Summed over all days up to D: the dossiers still open at the end of D. */
    public long open() {
        return received() - ended();
    }

    public FactSums plus(FactSums o) {
        return new FactSums(receivedOnline + o.receivedOnline, receivedInPersonOrPostal + o.receivedInPersonOrPostal,
                endedEarly + o.endedEarly, endedOnTime + o.endedOnTime, endedLate + o.endedLate, overdue + o.overdue);
    }
}
