package vn.motcua.deadline.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.deadline.domain.Deadline;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.NaiveDeadlineCalculator;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.TestCalendars;

/**
 * Due-date computations per second on one thread, for 30-working-day procedures over a twenty-year calendar
 * (2019–2038: the real national data 2019–2026, synthetic years after), with random receipt instants (any second of
 * any day, so also weekends, evenings and holidays). The fast engine and the naive day-by-day loop are measured in
 * the same run. Targets: ≥ 1,000,000 ops/s for {@link #fast} and ≥ 20× {@link #naive}.
 *
 * <p>Run: {@code mvn -o -pl tenants,app -am -Pbench -DskipTests test} (options in {@code jmh.args} of app/pom.xml),
 * or {@link #main} from an IDE after a test-compile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeadlineBenchmark {

    private static final StatutoryTime THIRTY_WORKING_DAYS = StatutoryTime.workingDays(30);

    /**
     * How many distinct random receipts are cycled through. 1,024 (about 100 KB of java.time objects) stays in the
     * CPU cache, as a receipt just created by the caller does; 16,384 (about 1.5 MB) adds cache misses on reading the
     * receipt objects, which weigh on the fast engine far more than on the naive loop. Both are reported.
     */
    @Param({"1024", "16384"})
    public int receiptPool;

    private DeadlineCalculator fast;
    private NaiveDeadlineCalculator naive;
    private OffsetDateTime[] receipts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        if (Integer.bitCount(receiptPool) != 1) {
            throw new IllegalArgumentException("receiptPool must be a power of two: " + receiptPool);
        }
        WorkingCalendar calendar = TestCalendars.twentyYears();
        fast = new DeadlineCalculator(calendar);
        naive = new NaiveDeadlineCalculator(calendar);
        // Receipts up to October 2038 so that 30 working days stay inside the calendar; fixed seed for repeatability.
        SplittableRandom random = new SplittableRandom(20260105L);
        long first = LocalDate.of(2019, 1, 1).toEpochDay();
        long last = LocalDate.of(2038, 10, 31).toEpochDay();
        receipts = new OffsetDateTime[receiptPool];
        for (int i = 0; i < receiptPool; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextLong(first, last + 1));
            receipts[i] = day.atStartOfDay().plusSeconds(random.nextInt(86_400)).atOffset(ZoneOffset.ofHours(7));
        }
        // The two must agree before their speeds are worth comparing.
        for (OffsetDateTime r : receipts) {
            if (!fast.due(r, THIRTY_WORKING_DAYS).equals(naive.due(r, THIRTY_WORKING_DAYS))) {
                throw new IllegalStateException("fast and naive engines disagree for " + r);
            }
        }
    }

    private OffsetDateTime nextReceipt() {
        return receipts[next++ & (receiptPool - 1)];
    }

    /** The engine's due-time path, as used for appointment dates. */
    @Benchmark
    public OffsetDateTime fast() {
        return fast.due(nextReceipt(), THIRTY_WORKING_DAYS);
    }

    /** The reference: a hash map of special days and a loop stepping one day at a time. */
    @Benchmark
    public OffsetDateTime naive() {
        return naive.due(nextReceipt(), THIRTY_WORKING_DAYS);
    }

    /** For information: the due time plus the clerk's explanation (walks the ~42 days it covers). */
    @Benchmark
    public Deadline fastWithExplanation() {
        return fast.compute(nextReceipt(), THIRTY_WORKING_DAYS);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(DeadlineBenchmark.class.getSimpleName()).build()).run();
    }
}
