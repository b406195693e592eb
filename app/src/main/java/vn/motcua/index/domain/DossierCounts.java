package vn.motcua.index.domain;

/**
 * What the index needs of one unit's dossiers over a period, read from the report facts (table 06a and the service
 * rates) and, for a second supplement request, from the dossiers through a partial index.
 *
 * @param handled           received in the period or carried over into it (table 06a column 3)
 * @param inTime            finished early or on time in the period, or open and within time at its end
 * @param finishedLate      finished late in the period
 * @param openOverdue       open and overdue at the period's end
 * @param twiceInTime       of {@code inTime}, those asked for a supplement a second time: the index counts them overdue
 * @param receivedOnline    received in the period online
 * @param receivedInPerson  … in person
 * @param receivedPostal    … by post
 * @param digitised         of the received, digitised
 * @param finished          finished in the period
 * @param electronicResults of the finished, with an electronic result
 * @param feeBearing        of the received, fee-bearing
 * @param paidOnline        of the fee-bearing, paid online
 * @param rated1            rated 1 (very dissatisfied) in the period
 * @param rated2            rated 2 (dissatisfied) in the period
 */
public record DossierCounts(long handled, long inTime, long finishedLate, long openOverdue, long twiceInTime,
                            long receivedOnline, long receivedInPerson, long receivedPostal, long digitised,
                            long finished, long electronicResults, long feeBearing, long paidOnline, long rated1,
                            long rated2) {

    public static final DossierCounts ZERO = new DossierCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public DossierCounts plus(DossierCounts o) {
        return new DossierCounts(handled + o.handled, inTime + o.inTime, finishedLate + o.finishedLate,
                openOverdue + o.openOverdue, twiceInTime + o.twiceInTime, receivedOnline + o.receivedOnline,
                receivedInPerson + o.receivedInPerson, receivedPostal + o.receivedPostal, digitised + o.digitised,
                finished + o.finished, electronicResults + o.electronicResults, feeBearing + o.feeBearing,
                paidOnline + o.paidOnline, rated1 + o.rated1, rated2 + o.rated2);
    }

    /** Received in the period, whatever the channel. */
    public long received() {
        return receivedOnline + receivedInPerson + receivedPostal;
    }
}
