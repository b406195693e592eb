package vn.motcua.infra.generator;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import vn.motcua.deadline.domain.DossierClock;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.infra.generator.GeneratedDossier.Event;

/**
 * The kernel's {@link DossierClock} on the generator's local minutes: every deadline rule a generated dossier follows
 * (clock start and appointment, the paper hand-over, pauses, lateness) is the one the server applies, on the same
 * province calendar. Nothing here decides a rule; it converts minutes to instants and back.
 */
final class GeneratorClock {

    /** The business zone's offset (Asia/Ho_Chi_Minh, no daylight saving). */
    static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

    private final DossierClock clock;

    GeneratorClock(OfficeLine line) {
        this.clock = new DossierClock(line.calendar());
    }

    DossierClock clock() {
        return clock;
    }

    /** A local minute as an instant of the business zone. */
    static OffsetDateTime instant(long localMinute) {
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(localMinute * 60, 0, ZoneOffset.UTC), OFFSET);
    }

    /** An instant of the business zone as a local minute (the kernel's instants here fall on whole minutes). */
    static long minute(OffsetDateTime t) {
        OffsetDateTime local = t.getOffset().equals(OFFSET) ? t : t.withOffsetSameInstant(OFFSET);
        return local.toLocalDate().toEpochDay() * OfficeLine.MINUTES_PER_DAY + local.getHour() * 60L + local.getMinute();
    }

    /** Clock start and appointment, as local minutes. */
    record Started(long clockStart, long due) { }

    Started start(long receivedAt, StatutoryTime time) {
        DossierClock.Start s = clock.start(instant(receivedAt), time);
        return new Started(minute(s.clockStartAt()), minute(s.dueAt()));
    }

    /** When the first processing step may start: for paper accepted at or after the cut-off, the next opening. */
    long handOver(long receivedAt, boolean paper) {
        return minute(clock.handOver(instant(receivedAt), paper));
    }

    /** The due instant moved by a pause from {@code pausedAt} to {@code resumedAt}. */
    long resume(long due, long pausedAt, long resumedAt) {
        return minute(clock.resume(instant(due), instant(pausedAt), instant(resumedAt)).dueAt());
    }

    /** Late when finished after the due instant. */
    boolean late(long due, long finishedAt) {
        return clock.finish(instant(due), instant(finishedAt)).late();
    }

    /**
     * The due instant after the pauses of the events (each request paired with the applicant's return), the way the
     * import reads a history.
     */
    long dueAfterPauses(long appointment, List<Event> events) {
        long due = appointment;
        long pausedAt = GeneratedDossier.NONE;
        for (Event e : events) {
            switch (e.action()) {
                case "REQUEST_SUPPLEMENT", "REQUEST_PAYMENT" -> pausedAt = e.at();
                case "RECEIVE_SUPPLEMENT", "CONFIRM_PAYMENT" -> {
                    if (pausedAt != GeneratedDossier.NONE) {
                        due = resume(due, pausedAt, e.at());
                    }
                    pausedAt = GeneratedDossier.NONE;
                }
                default -> { }
            }
        }
        return due;
    }

    /**
     * A statutory time in the catalog's text form ({@code 15 WORKING_DAYS}, {@code 8 WORKING_HOURS},
     * {@code 30 CALENDAR_DAYS}, {@code 1 MONTHS}, {@code SAME_DAY 15:00}) as the kernel's {@link StatutoryTime}.
     */
    static StatutoryTime parse(String text) {
        String[] p = text.trim().split("\\s+");
        if (p.length != 2) {
            throw new IllegalArgumentException("statutory time not understood: " + text);
        }
        if (p[0].equalsIgnoreCase("SAME_DAY")) {
            return StatutoryTime.sameDay(LocalTime.parse(p[1].length() == 4 ? "0" + p[1] : p[1]));
        }
        int v = Integer.parseInt(p[0]);
        return switch (p[1].toUpperCase(Locale.ROOT)) {
            case "WORKING_DAYS" -> StatutoryTime.workingDays(v);
            case "WORKING_HOURS" -> StatutoryTime.workingHours(v);
            case "CALENDAR_DAYS" -> StatutoryTime.calendarDays(v);
            case "MONTHS" -> StatutoryTime.months(v);
            default -> throw new IllegalArgumentException("statutory time not understood: " + text);
        };
    }
}
