package vn.motcua.reporting.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.domain.ServiceRateCounts;
import vn.motcua.reporting.domain.ServiceRateTable;

/** The answer of the service rates report (classes with public fields: records were written as "{}"). */
public final class ServiceRateDtos {

    private ServiceRateDtos() { }

    /** The counts of one row and the rates computed from them. */
    @Schema(description = "Counts of dossiers over the period and rates from them (percent, 2 decimals, absent when the "
            + "denominator is 0). On the receipt day: received = receivedOnline + receivedInPerson + receivedPostal "
            + "(onlineShare, postalShare of received), digitised (digitisationRate of received), feeBearing (fees > 0) "
            + "and paidOnline of them (onlinePaymentRate). On the day finished as in table 06a: finishedTotal, "
            + "electronicResults (electronicResultRate), supplementedOnce (1 or more supplement requests), "
            + "supplementedTwice (2 or more), apologised, lateWithoutApology. On the rating day: rated = rated1 + … + "
            + "rated5, satisfactionAverage (1-5, 2 decimals), satisfied = rated4 + rated5 (satisfiedRate of rated)")
    public static class RatesDto {
        public long received;
        public long receivedOnline;
        public long receivedInPerson;
        public long receivedPostal;
        public BigDecimal onlineShare;
        public BigDecimal postalShare;
        public long digitised;
        public BigDecimal digitisationRate;
        public long feeBearing;
        public long paidOnline;
        public BigDecimal onlinePaymentRate;
        public long finishedTotal;
        public long electronicResults;
        public BigDecimal electronicResultRate;
        public long supplementedOnce;
        public long supplementedTwice;
        public long apologised;
        public long lateWithoutApology;
        public long rated;
        public BigDecimal satisfactionAverage;
        public long rated1;
        public long rated2;
        public long rated3;
        public long rated4;
        public long rated5;
        public long satisfied;
        public BigDecimal satisfiedRate;

        static <T extends RatesDto> T fill(T d, ServiceRateCounts c) {
            d.received = c.received();
            d.receivedOnline = c.receivedOnline();
            d.receivedInPerson = c.receivedInPerson();
            d.receivedPostal = c.receivedPostal();
            d.onlineShare = c.onlineShare();
            d.postalShare = c.postalShare();
            d.digitised = c.digitised();
            d.digitisationRate = c.digitisationRate();
            d.feeBearing = c.feeBearing();
            d.paidOnline = c.paidOnline();
            d.onlinePaymentRate = c.onlinePaymentRate();
            d.finishedTotal = c.finishedTotal();
            d.electronicResults = c.electronicResults();
            d.electronicResultRate = c.electronicResultRate();
            d.supplementedOnce = c.supplementedOnce();
            d.supplementedTwice = c.supplementedTwice();
            d.apologised = c.apologised();
            d.lateWithoutApology = c.lateWithoutApology();
            d.rated = c.rated();
            d.satisfactionAverage = c.satisfactionAverage();
            d.rated1 = c.rated1();
            d.rated2 = c.rated2();
            d.rated3 = c.rated3();
            d.rated4 = c.rated4();
            d.rated5 = c.rated5();
            d.satisfied = c.satisfied();
            d.satisfiedRate = c.satisfiedRate();
            return d;
        }
    }

    /**
     * One row: its key (unit code as stored, or of today with AS_IS; field code, procedure code, yyyy-MM, or ALL)
     * and name.
     */
    public static class RateRowDto extends RatesDto {
        public String key;
        public String name;
    }

    public static class ServiceRatesReportDto {
        public LocalDate from;
        public LocalDate to;
        public String groupBy;
        public String unitView;
        public List<RateRowDto> rows;
        public RatesDto total;

        static ServiceRatesReportDto of(LocalDate from, LocalDate to, String groupBy, String unitView,
                                        ServiceRateTable t) {
            ServiceRatesReportDto d = new ServiceRatesReportDto();
            d.from = from;
            d.to = to;
            d.groupBy = groupBy;
            d.unitView = unitView;
            d.rows = t.rows().stream().map(r -> {
                RateRowDto row = RatesDto.fill(new RateRowDto(), r.counts());
                row.key = r.key();
                row.name = r.name();
                return row;
            }).toList();
            d.total = RatesDto.fill(new RatesDto(), t.total());
            return d;
        }
    }
}
