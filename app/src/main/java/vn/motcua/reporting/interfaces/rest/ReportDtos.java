package vn.motcua.reporting.interfaces.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.reporting.domain.DrillDownDossier;
import vn.motcua.reporting.domain.FinishTimes;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;
import vn.motcua.reporting.domain.TimelinessTable;

/** The answers of the report operations. */
public final class ReportDtos {

    private ReportDtos() { }

    /**
     * What a rebuild did: the fact rows written and the milliseconds it took. A class with public fields like every
     * DTO here: as a record it was written as "{}" by the JSON-B provider in the system tests.
     */
    public static class RebuiltFactsDto {
        public long factRows;
        public long stepFactRows;
        public long millis;

        static RebuiltFactsDto of(long factRows, long stepFactRows, long millis) {
            RebuiltFactsDto d = new RebuiltFactsDto();
            d.factRows = factRows;
            d.stepFactRows = stepFactRows;
            d.millis = millis;
            return d;
        }
    }

    /** Columns 3–13 of table 06a and the on-time rate. */
    @Schema(description = "Counts of dossiers (table 06a columns 3-13): receivedTotal = receivedOnline + "
            + "receivedInPersonOrPostal + carriedOver = finishedTotal + openTotal; finishedTotal = finishedEarly + "
            + "finishedOnTime + finishedLate; openTotal = openWithinTime + openOverdue. onTimeRate = (finishedEarly + "
            + "finishedOnTime) / finishedTotal in percent, 2 decimals, absent when nothing was finished. "
            + "averageWorkingDays and p90WorkingDays: the working days taken by the finishedWithResult dossiers "
            + "finished with a result (processed or refused on the merits; not withdrawn nor stopped), from the clock "
            + "start, less the time waiting for the applicant; average with 2 decimals, 90th percentile in whole "
            + "working days (nearest rank); absent when none, and for rows of officials' steps")
    public static class CountsDto {
        public long receivedTotal;
        public long receivedOnline;
        public long receivedInPersonOrPostal;
        public long carriedOver;
        public long finishedTotal;
        public long finishedEarly;
        public long finishedOnTime;
        public long finishedLate;
        public long openTotal;
        public long openWithinTime;
        public long openOverdue;
        public BigDecimal onTimeRate;
        public Long finishedWithResult;
        public BigDecimal averageWorkingDays;
        public Integer p90WorkingDays;

        static <T extends CountsDto> T fill(T d, TimelinessCounts c, FinishTimes times) {
            fill(d, c);
            d.finishedWithResult = times.count();
            d.averageWorkingDays = times.average();
            d.p90WorkingDays = times.p90();
            return d;
        }

        static <T extends CountsDto> T fill(T d, TimelinessCounts c) {
            d.receivedTotal = c.receivedTotal();
            d.receivedOnline = c.receivedOnline();
            d.receivedInPersonOrPostal = c.receivedInPersonOrPostal();
            d.carriedOver = c.carriedOver();
            d.finishedTotal = c.finishedTotal();
            d.finishedEarly = c.finishedEarly();
            d.finishedOnTime = c.finishedOnTime();
            d.finishedLate = c.finishedLate();
            d.openTotal = c.openTotal();
            d.openWithinTime = c.openWithinTime();
            d.openOverdue = c.openOverdue();
            d.onTimeRate = c.onTimeRate();
            return d;
        }
    }

    /**
     * One row: its key (unit code as stored, or of today with AS_IS; field code, procedure code, yyyy-MM, or ALL)
     * and name (a unit's as of the period's end, or today's with AS_IS).
     */
    public static class RowDto extends CountsDto {
        public String key;
        public String name;
    }

    public static class TimelinessReportDto {
        public LocalDate from;
        public LocalDate to;
        public String groupBy;
        public String unitView;
        public List<RowDto> rows;
        public CountsDto total;

        static TimelinessReportDto of(LocalDate from, LocalDate to, String groupBy, String unitView, TimelinessTable t) {
            TimelinessReportDto d = new TimelinessReportDto();
            d.from = from;
            d.to = to;
            d.groupBy = groupBy;
            d.unitView = unitView;
            d.rows = t.rows().stream().map(ReportDtos::row).toList();
            d.total = CountsDto.fill(new CountsDto(), t.total(), t.totalFinishTimes());
            return d;
        }
    }

    static RowDto row(TimelinessRow r) {
        RowDto d = CountsDto.fill(new RowDto(), r.counts(), r.finishTimes());
        d.key = r.key();
        d.name = r.name();
        return d;
    }

    /** One dossier behind a number. */
    public static class DrillDownItemDto {
        public String code;
        public String procedureCode;
        public String competentUnitCode;
        public String channel;
        public OffsetDateTime receivedAt;
        public OffsetDateTime dueAt;
        public OffsetDateTime endedAt;
        /** EARLY, ON_TIME or LATE once ended; absent while open. */
        public String timeliness;

        static DrillDownItemDto of(DrillDownDossier x) {
            DrillDownItemDto d = new DrillDownItemDto();
            d.code = x.code();
            d.procedureCode = x.procedureCode();
            d.competentUnitCode = x.competentUnitCode();
            d.channel = x.channel();
            d.receivedAt = x.receivedAt();
            d.dueAt = x.dueAt();
            d.endedAt = x.endedAt();
            d.timeliness = x.timeliness();
            return d;
        }
    }

    /** A page of the dossiers behind a number; total = the number. */
    public static class DrillDownDto {
        public String column;
        public String key;
        public long total;
        public int first;
        public int size;
        public List<DrillDownItemDto> items;
    }
}
