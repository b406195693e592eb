package vn.motcua.reporting.domain;

/**
 * Dossiers that fall short of a service target over a period, beyond the columns of the two reports: what the
 * national index (Decision 766) takes points for. Each opens in the drill-down like a report column.
 * <ul>
 *   <li>{@code supplementedTwiceInTime}: finished early or on time in the period, or open and within time at its end,
 *       after a second supplement request, which the index counts as overdue;</li>
 *   <li>{@code notDigitised}: received in the period and not digitised;</li>
 *   <li>{@code withoutElectronicResult}: finished in the period without an electronic result;</li>
 *   <li>{@code notPaidOnline}: fee-bearing, received in the period and not paid online.</li>
 * </ul>
 */
public enum ShortfallColumn implements ReportColumn {
    supplementedTwiceInTime, notDigitised, withoutElectronicResult, notPaidOnline
}
