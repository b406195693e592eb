package vn.motcua.index.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.index.domain.MetricValue.Shortfall;
import vn.motcua.reporting.domain.ReportColumn;
import vn.motcua.reporting.domain.ServiceRateColumn;
import vn.motcua.reporting.domain.ShortfallColumn;
import vn.motcua.reporting.domain.TimelinessColumn;

/**
 * The index metrics the product counts from a unit's dossiers, one place for their definitions (docs/index.md,
 * "Counts from our own data"). Each metric keeps the parts of its shortfall by the drill-down column that lists them,
 * so that every point lost opens on its dossiers.
 * <ul>
 *   <li>{@code TDGQ_ON_TIME}: finished early or on time, or open and within time at the period's end, less those
 *       asked for a supplement twice, over the dossiers handled (received or carried over);</li>
 *   <li>{@code ORIGINAL_RESULT_AVAILABLE}: finished with an electronic result over finished;</li>
 *   <li>{@code SO_HOA_GIAY_TO_GIAI_QUYET}: digitised over received;</li>
 *   <li>{@code DOSSIER_RECEIVING_SATISFACTION}: 100 % less the overdue (as for TDGQ) and the dissatisfied (rated 1 or
 *       2) over the dossiers handled, never below 0;</li>
 *   <li>{@code ONLINE}: received online over received (the portal's group also weighs online services, which it
 *       does not publish);</li>
 *   <li>{@code TTTT} and {@code TTTT_DOSSIER_PAYMENT}: paid online over fee-bearing.</li>
 * </ul>
 */
public final class DossierMetrics {

    public static final String TDGQ_ON_TIME = "TDGQ_ON_TIME";
    public static final String ORIGINAL_RESULT_AVAILABLE = "ORIGINAL_RESULT_AVAILABLE";
    public static final String DIGITISED = "SO_HOA_GIAY_TO_GIAI_QUYET";
    public static final String SATISFACTION = "DOSSIER_RECEIVING_SATISFACTION";
    public static final String ONLINE = "ONLINE";
    public static final String TTTT = "TTTT";
    public static final String DOSSIER_PAYMENT = "TTTT_DOSSIER_PAYMENT";

    /** Every metric counted here, in display order. */
    public static final List<String> CODES = List.of(TDGQ_ON_TIME, ONLINE, TTTT, DOSSIER_PAYMENT,
            ORIGINAL_RESULT_AVAILABLE, DIGITISED, SATISFACTION);

    private DossierMetrics() {
    }

    /** A part of a shortfall, named by the drill-down column that lists its dossiers. */
    private static Shortfall part(ReportColumn column, long count) {
        return new Shortfall(column.name(), count);
    }

    /** The metrics of one unit (or of a province, from its summed counts). */
    public static Map<String, MetricValue> of(DossierCounts c) {
        Map<String, MetricValue> m = new LinkedHashMap<>();
        long notInTime = c.finishedLate() + c.openOverdue() + c.twiceInTime();
        List<Shortfall> late = List.of(part(TimelinessColumn.finishedLate, c.finishedLate()),
                part(TimelinessColumn.openOverdue, c.openOverdue()),
                part(ShortfallColumn.supplementedTwiceInTime, c.twiceInTime()));
        m.put(TDGQ_ON_TIME, MetricValue.counts(TDGQ_ON_TIME, c.handled() - notInTime, c.handled(),
                MetricSource.COMPUTED, late));
        m.put(ONLINE, MetricValue.ratioOf(ONLINE, c.receivedOnline(), c.received(), MetricSource.COMPUTED,
                List.of(part(ServiceRateColumn.receivedInPerson, c.receivedInPerson()),
                        part(ServiceRateColumn.receivedPostal, c.receivedPostal()))));
        List<Shortfall> unpaid = List.of(part(ShortfallColumn.notPaidOnline, c.feeBearing() - c.paidOnline()));
        m.put(TTTT, MetricValue.ratioOf(TTTT, c.paidOnline(), c.feeBearing(), MetricSource.COMPUTED, unpaid));
        m.put(DOSSIER_PAYMENT, MetricValue.counts(DOSSIER_PAYMENT, c.paidOnline(), c.feeBearing(),
                MetricSource.COMPUTED, unpaid));
        m.put(ORIGINAL_RESULT_AVAILABLE, MetricValue.counts(ORIGINAL_RESULT_AVAILABLE, c.electronicResults(),
                c.finished(), MetricSource.COMPUTED, List.of(part(ShortfallColumn.withoutElectronicResult,
                        c.finished() - c.electronicResults()))));
        m.put(DIGITISED, MetricValue.counts(DIGITISED, c.digitised(), c.received(), MetricSource.COMPUTED,
                List.of(part(ShortfallColumn.notDigitised, c.received() - c.digitised()))));
        long dissatisfiedOrOverdue = notInTime + c.rated1() + c.rated2();
        List<Shortfall> unhappy = new java.util.ArrayList<>(late);
        unhappy.add(part(ServiceRateColumn.rated1, c.rated1()));
        unhappy.add(part(ServiceRateColumn.rated2, c.rated2()));
        m.put(SATISFACTION, MetricValue.counts(SATISFACTION, Math.max(0, c.handled() - dissatisfiedOrOverdue),
                c.handled(), MetricSource.COMPUTED, unhappy));
        return m;
    }
}
