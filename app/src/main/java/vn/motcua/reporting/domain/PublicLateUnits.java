package vn.motcua.reporting.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * The public monthly list of units with late or overdue dossiers (issue 13 item 6): for each unit that finished a
 * dossier late in the month or had one open and overdue at its end, those two counts, the dossiers it finished and
 * its on-time rate — counts only, never an applicant or a dossier code. Read from the month's table 06a by unit, so
 * its numbers are the report's. Most late and overdue first, then the lower rate, then by name.
 */
public record PublicLateUnits(YearMonth month, List<Unit> units) {

    /** One unit of the list. {@code onTimeRate} null when it finished nothing in the month. */
    public record Unit(String code, String name, long finishedLate, long openOverdue, long finished,
                       BigDecimal onTimeRate) {

        long lateAndOverdue() {
            return finishedLate + openOverdue;
        }
    }

    private static final Comparator<Unit> ORDER = Comparator.comparingLong(Unit::lateAndOverdue).reversed()
            .thenComparing(Unit::onTimeRate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(u -> u.name() == null ? u.code() : u.name());

    public PublicLateUnits {
        units = List.copyOf(units);
    }

    /** The units of {@code byUnit} (the month's table by unit) with a late or overdue dossier. */
    public static PublicLateUnits of(YearMonth month, TimelinessTable byUnit) {
        return new PublicLateUnits(month, byUnit.rows().stream()
                .filter(r -> r.counts().finishedLate() > 0 || r.counts().openOverdue() > 0)
                .map(r -> new Unit(r.key(), r.name() == null ? r.key() : r.name(), r.counts().finishedLate(),
                        r.counts().openOverdue(), r.counts().finishedTotal(), r.counts().onTimeRate()))
                .sorted(ORDER)
                .toList());
    }
}
