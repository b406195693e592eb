package vn.motcua.deadline.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.WorkingCalendar;

/**
 * Laws of the deadline engine over random receipts in 2019 – mid 2026 (any offset, with a bias towards the edges
 * of office hours and the cut-off) and random statutory times of every unit.
 */
class DeadlineCalculatorPropertiesTest {

    private static final WorkingCalendar CAL = TestCalendars.NATIONAL;
    private static final DeadlineCalculator FAST = new DeadlineCalculator(CAL);
    private static final NaiveDeadlineCalculator NAIVE = new NaiveDeadlineCalculator(CAL);
    private static final OfficeHours HOURS = CAL.officeHours();

    @Property(tries = 2000)
    boolean addingNWorkingDaysThenCountingBackGivesN(@ForAll("receipts") OffsetDateTime receipt,
                                                     @ForAll @IntRange(min = 1, max = 60) int n) {
        OffsetDateTime due = FAST.due(receipt, StatutoryTime.workingDays(n));
        return FAST.workingDaysBetween(receipt, due) == n
                && NAIVE.workingDaysBetween(receipt, due) == n;
    }

    @Property(tries = 3000)
    boolean aDueTimeIsOnAWorkingDayWithinOfficeHours(@ForAll("receipts") OffsetDateTime receipt,
                                                     @ForAll("statutoryTimes") StatutoryTime time) {
        OffsetDateTime due = FAST.due(receipt, time);
        LocalDateTime local = due.atZoneSameInstant(CAL.zone()).toLocalDateTime();
        return due.getOffset().equals(ZoneOffset.ofHours(7))
                && CAL.isWorkingDay(local.toLocalDate())
                && HOURS.dueInside(local.toLocalTime())
                && !due.isBefore(receipt);
    }

    @Property(tries = 3000)
    boolean theFastEngineEqualsTheNaiveLoop(@ForAll("receipts") OffsetDateTime receipt,
                                            @ForAll("statutoryTimes") StatutoryTime time) {
        OffsetDateTime fast = FAST.due(receipt, time);
        return fast.equals(NAIVE.due(receipt, time)) && fast.equals(FAST.compute(receipt, time).due());
    }

    /** Working days from receipts written in Vietnam time take the engine's shortcut; it must agree too. */
    @Property(tries = 2000)
    boolean theWorkingDaysShortcutEqualsTheNaiveLoop(@ForAll("receipts") OffsetDateTime anyOffset,
                                                     @ForAll @IntRange(min = 1, max = 60) int n) {
        OffsetDateTime receipt = anyOffset.withOffsetSameInstant(ZoneOffset.ofHours(7));
        StatutoryTime time = StatutoryTime.workingDays(n);
        OffsetDateTime fast = FAST.due(receipt, time);
        return fast.equals(NAIVE.due(receipt, time)) && fast.equals(FAST.compute(receipt, time).due())
                && fast.equals(FAST.due(receipt.withOffsetSameInstant(ZoneOffset.UTC), time));
    }

    @Property(tries = 1000)
    boolean moreTimeIsNeverEarlier(@ForAll("receipts") OffsetDateTime receipt,
                                   @ForAll("statutoryTimes") StatutoryTime time) {
        if (time.unit() == StatutoryUnit.SAME_DAY) {
            return true;
        }
        StatutoryTime longer = new StatutoryTime(time.value() + 1, time.unit(), null);
        return !FAST.due(receipt, longer).isBefore(FAST.due(receipt, time));
    }

    @Provide
    Arbitrary<OffsetDateTime> receipts() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 2737)
                .map(i -> LocalDate.of(2019, 1, 1).plusDays(i));
        // Exact edges matter most: opening, lunch, closing, the cut-off, and a second either side.
        Arbitrary<LocalTime> edges = Arbitraries.of("07:30", "11:30", "13:30", "15:00", "17:00", "00:00")
                .map(LocalTime::parse)
                .flatMap(t -> Arbitraries.of(t, t.minusSeconds(1), t.plusSeconds(1), t.plusNanos(1)));
        Arbitrary<LocalTime> any = Arbitraries.longs().between(0, 86_399_999_999_999L).map(LocalTime::ofNanoOfDay);
        Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, edges), net.jqwik.api.Tuple.of(3, any));
        Arbitrary<ZoneOffset> offsets = Arbitraries.of(ZoneOffset.ofHours(7), ZoneOffset.UTC, ZoneOffset.ofHours(9),
                ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 30));
        return Combinators.combine(days, times, offsets)
                .as((d, t, o) -> d.atTime(t).atOffset(ZoneOffset.ofHours(7)).withOffsetSameInstant(o));
    }

    @Provide
    Arbitrary<StatutoryTime> statutoryTimes() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 60).map(StatutoryTime::workingDays),
                Arbitraries.integers().between(1, 200).map(StatutoryTime::workingHours),
                Arbitraries.integers().between(1, 90).map(StatutoryTime::calendarDays),
                Arbitraries.integers().between(1, 4).map(StatutoryTime::months),
                Arbitraries.of("07:30", "11:30", "12:00", "15:00", "16:59", "17:00")
                        .map(c -> StatutoryTime.sameDay(LocalTime.parse(c))));
    }
}
