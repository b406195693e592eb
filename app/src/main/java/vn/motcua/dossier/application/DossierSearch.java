package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.motcua.deadline.application.DeadlineService;
import vn.motcua.deadline.domain.DossierClock;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierFilter;
import vn.motcua.dossier.domain.DossierFilter.Lateness;
import vn.motcua.dossier.domain.DossierFilter.Sort;
import vn.motcua.dossier.domain.DossierLine;
import vn.motcua.dossier.infrastructure.DossierSearchRepository;
import vn.motcua.shared.DomainException;

/**
 * Finding any dossier of the caller's province (issue 15): the list's page, its count and its export. Days of the
 * period of receipt are days of the province's calendar zone; "due within N working days" is the working calendar's
 * (the deadline engine's {@link DossierClock}), not a clock of the list's own.
 *
 * <p>Counting: at most {@link #COUNT_CAP} matches are counted ({@code count(*)} over a {@code LIMIT}ed sub-query), so a
 * broad search on a province of millions costs a bounded read; beyond it the list says "more than 10,000". The web
 * page counts only when its filters change, not when it pages or sorts. An export holds at most {@link #EXPORT_MAX}
 * dossiers; a larger one is refused with a message asking to narrow the filter.
 */
@ApplicationScoped
public class DossierSearch {

    /** Matches are counted up to this; more is shown as "more than". */
    public static final int COUNT_CAP = 10_000;
    /** The most dossiers one export writes. */
    public static final int EXPORT_MAX = 10_000;
    /** The longest "due within" window, in working days. */
    public static final int DUE_WITHIN_MAX = 30;

    /**
     * What the caller asks for, as typed; every part optional. {@code from}/{@code to}: days of receipt (submission),
     * both included. {@code dueWithinDays}: with {@link Lateness#DUE_SOON}, the window in working days (null: 1).
     */
    public record Criteria(String text, String code, String applicantName, String idNumber, LocalDate from,
                           LocalDate to, Integer status, Channel channel, String receivingUnitCode,
                           String competentUnitCode, String procedureCode, String fieldCode, Lateness lateness,
                           Integer dueWithinDays, Sort sort) implements Serializable {

        public static Criteria all() {
            return new Criteria(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    Sort.RECEIVED_DESC);
        }
    }

    /** How many match: {@code total} exactly, or {@link #COUNT_CAP} with {@code more} when there are more. */
    public record Count(long total, boolean more) implements Serializable { }

    public record Page(Count count, List<Dossier> items) { }

    @Inject
    DossierSearchRepository repository;
    @Inject
    DeadlineService deadlines;

    @Transactional
    public Page page(Criteria c, int first, int size) {
        DossierFilter f = filter(c);
        return new Page(count(f), items(f, first, size));
    }

    @Transactional
    public List<Dossier> items(Criteria c, int first, int size) {
        return items(filter(c), first, size);
    }

    private List<Dossier> items(DossierFilter f, int first, int size) {
        return f.matchesNothing() ? List.of() : repository.page(f, Math.max(0, first), Math.max(1, Math.min(size, 500)));
    }

    @Transactional
    public Count count(Criteria c) {
        return count(filter(c));
    }

    /** Every match as a line, in the list's order; refused when more than {@link #EXPORT_MAX} match. */
    @Transactional
    public List<DossierLine> export(Criteria c) {
        DossierFilter f = filter(c);
        if (f.matchesNothing()) {
            return List.of();
        }
        if (repository.countUpTo(f, EXPORT_MAX) > EXPORT_MAX) {
            throw DomainException.invalid("dossier.search.exportTooMany", EXPORT_MAX);
        }
        return repository.lines(f, EXPORT_MAX);
    }

    /** The instant "now" the lateness filters and the exported "overdue" column use. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(deadlines.calculator().calendar().zone()).truncatedTo(ChronoUnit.MICROS);
    }

    private Count count(DossierFilter f) {
        if (f.matchesNothing()) {
            return new Count(0, false);
        }
        long n = repository.countUpTo(f, COUNT_CAP);
        return n > COUNT_CAP ? new Count(COUNT_CAP, true) : new Count(n, false);
    }

    DossierFilter filter(Criteria c) {
        DossierClock clock = new DossierClock(deadlines.calculator());
        ZoneId zone = clock.calendar().zone();
        OffsetDateTime now = OffsetDateTime.now(zone).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime dueBefore = c.lateness() == Lateness.DUE_SOON
                ? clock.workingDaysLater(now, c.dueWithinDays() == null ? 1 : c.dueWithinDays()) : null;
        return new DossierFilter(blank(c.text()), blank(c.code()), blank(c.applicantName()), blank(c.idNumber()),
                c.from() == null ? null : c.from().atStartOfDay(zone).toOffsetDateTime(),
                c.to() == null ? null : c.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                c.status(), c.channel(), blank(c.receivingUnitCode()), blank(c.competentUnitCode()),
                blank(c.procedureCode()), blank(c.fieldCode()), c.lateness(), now, dueBefore,
                c.sort() == null ? Sort.RECEIVED_DESC : c.sort());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
