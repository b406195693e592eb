package vn.motcua.index.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.index.domain.AggregatePeriod;
import vn.motcua.index.domain.MetricValue;
import vn.motcua.index.domain.ProcedureAggregate;
import vn.motcua.index.domain.UnitKind;
import vn.motcua.index.infrastructure.AggregateRepository;
import vn.motcua.index.infrastructure.AggregateRepository.PeriodRow;
import vn.motcua.index.domain.PublishedUnit;
import vn.motcua.reporting.application.TimelinessService;
import vn.motcua.reporting.domain.ReportGrouping;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.reporting.domain.ReportScope;
import vn.motcua.reporting.domain.TimelinessCounts;
import vn.motcua.reporting.domain.TimelinessRow;
import vn.motcua.reporting.domain.UnitView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.units.application.UnitService;

/**
 * What the bound province publishes for central agencies (issue 14 item 7): for each month asked, the month and the
 * year to its end, each as its index (the province and every unit, with the metric counts they were scored from, as
 * {@code tenantIndex} gives them) and each procedure's dossier counts and working days. Aggregates only: no dossier,
 * applicant or official leaves the province. A publication replaces the province's earlier one of the same period.
 * On demand (the province administrator) and every night ({@link NightlyAggregates}).
 */
@ApplicationScoped
public class AggregatePublishingService {

    /** The most months one request publishes (each is two periods). */
    public static final int MAX_MONTHS = 24;

    /** One period published: its days, the province's total and band, how many units and procedures it holds. */
    public record Published(AggregatePeriod kind, YearMonth month, ReportPeriod period, double total, String band,
                            int units, int procedures) { }

    @Inject
    IndexCountsService counts;

    @Inject
    TenantIndexService index;

    @Inject
    TimelinessService timeliness;

    @Inject
    AggregateRepository repository;

    @Inject
    IndexScoringService scoring;

    /** Publishes the months from {@code from} to {@code to}, both kinds of period each; all or nothing. */
    @Transactional
    @RolesAllowed("PROVINCE_ADMIN")
    public List<Published> publish(YearMonth from, YearMonth to) {
        LocalDate today = UnitService.today();
        List<FieldError> errors = new ArrayList<>();
        if (to.isBefore(from)) {
            errors.add(new FieldError("to", "aggregates.publish.order", from, to));
        } else if (from.plusMonths(MAX_MONTHS - 1L).isBefore(to)) {
            errors.add(new FieldError("to", "aggregates.publish.tooMany", MAX_MONTHS));
        }
        if (AggregatePeriod.MONTH.of(to, today) == null) {
            errors.add(new FieldError("to", "aggregates.publish.notBegun", to, today));
        }
        if (errors.isEmpty()) {
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                if (scoring.ruleSetIfAnyOn(AggregatePeriod.MONTH.of(m, today).to()).isEmpty()) {
                    errors.add(new FieldError("from", "aggregates.publish.noRuleSet", m));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        List<Published> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            for (AggregatePeriod kind : AggregatePeriod.values()) {
                out.add(publish(kind, m, kind.of(m, today), CallerContext.actorName()));
            }
        }
        return out;
    }

    /**
     * The schedule's publication for the bound province: the month that ended last and the month under way (to
     * yesterday), so that a month's figures settle once it is over. The caller binds the province.
     */
    @Transactional
    public List<Published> publishLatest() {
        YearMonth running = YearMonth.from(UnitService.today().minusDays(1));
        List<Published> out = new ArrayList<>();
        for (YearMonth m = running.minusMonths(1); !m.isAfter(running); m = m.plusMonths(1)) {
            if (scoring.ruleSetIfAnyOn(AggregatePeriod.MONTH.of(m, UnitService.today()).to()).isEmpty()) {
                continue; // no index rules then: nothing to score
            }
            for (AggregatePeriod kind : AggregatePeriod.values()) {
                out.add(publish(kind, m, kind.of(m, UnitService.today()), "system"));
            }
        }
        return out;
    }

    /** What the bound province has published, the latest month first. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER"})
    public List<PeriodRow> published() {
        return repository.periodsOf(TenantContext.require());
    }

    private Published publish(AggregatePeriod kind, YearMonth month, ReportPeriod p, String by) {
        TenantIndexService.TenantIndex ti = index.score(counts.of(p), null);
        var province = ti.province();
        List<PublishedUnit> units = new ArrayList<>();
        for (TenantIndexService.UnitIndex u : ti.units()) {
            units.add(new PublishedUnit(TenantContext.require(), u.code(), u.name(),
                    u.score().kind() == UnitKind.COMMUNE ? UnitKind.COMMUNE : UnitKind.AGENCY, u.score().total(),
                    u.score().band() == null ? null : u.score().band().code(), u.score().groups(),
                    countsOnly(u.values())));
        }
        List<ProcedureAggregate> procedures = procedures(p);
        PeriodRow row = new PeriodRow(TenantContext.require(), kind, month, p.from(), p.to(),
                ti.counts().ruleSet().code(), ti.counts().provinceCode(), ti.counts().provinceName(),
                province.score().total(), province.score().band() == null ? null : province.score().band().code(),
                province.score().groups(), countsOnly(province.values()), null, by, units.size(), procedures.size());
        repository.replace(row, units, procedures);
        return new Published(kind, month, p, row.total(), row.band(), units.size(), procedures.size());
    }

    /** Each procedure's counts in the period, by the code its dossiers are stored under; procedures without any left out. */
    private List<ProcedureAggregate> procedures(ReportPeriod p) {
        var table = timeliness.report(new TimelinessService.Request(p, ReportGrouping.PROCEDURE, ReportScope.PROVINCE,
                UnitView.AS_WAS));
        List<ProcedureAggregate> out = new ArrayList<>();
        for (TimelinessRow r : table.rows()) {
            TimelinessCounts c = r.counts();
            if (c.empty()) {
                continue;
            }
            out.add(new ProcedureAggregate(r.key(), r.name() == null ? r.key() : r.name(),
                    c.receivedOnline() + c.receivedInPersonOrPostal(), c.receivedOnline(), c.finishedTotal(),
                    c.finishedEarly() + c.finishedOnTime(), c.openOverdue(), r.finishTimes()));
        }
        return out;
    }

    /** The values as published: counts, ratio and source; the shortfall's parts stay with the province. */
    private static Map<String, MetricValue> countsOnly(Map<String, MetricValue> values) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        values.forEach((code, v) -> out.put(code, new MetricValue(code, v.numerator(), v.denominator(), v.ratioPct(),
                v.source(), List.of())));
        return out;
    }
}
