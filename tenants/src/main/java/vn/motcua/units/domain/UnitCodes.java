package vn.motcua.units.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.domain.CalendarFormat;

/**
 * "Which unit of the province carries this code on that day": for each unit code, the periods in which a unit of the
 * province carried it (both ends inclusive, as in {@code province.unit_version}). The one home of that rule: the
 * dossier import checks receiving and competent units with it (on the day of receipt), the procedure catalog its
 * implementing and step units (on the version's first day). A code of another province's unit is simply unknown here:
 * the province's own units (absorbed ones included, with their history) are all it holds.
 */
public final class UnitCodes {

    /** One version of a unit: the code was the unit's from {@code validFrom} to {@code validTo} (null = still). */
    public record Span(String code, LocalDate validFrom, LocalDate validTo) {

        public boolean validOn(LocalDate d) {
            return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
        }
    }

    private final Map<String, List<Span>> byCode = new HashMap<>();

    public UnitCodes(Collection<Span> spans) {
        for (Span s : spans) {
            byCode.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s);
        }
    }

    /** Portal and QCVN codes of every version, so that either names the unit. */
    public static UnitCodes of(Collection<UnitVersion> versions) {
        List<Span> spans = new ArrayList<>();
        for (UnitVersion v : versions) {
            if (v.spec().portal() != null) {
                spans.add(new Span(v.spec().portal(), v.validFrom(), v.validTo()));
            }
            if (v.spec().qcvn() != null) {
                spans.add(new Span(v.spec().qcvn(), v.validFrom(), v.validTo()));
            }
        }
        return new UnitCodes(spans);
    }

    /** True if a unit of the province carried the code on some day. */
    public boolean knows(String code) {
        return byCode.containsKey(code);
    }

    /** True if a unit of the province carried the code on {@code day}. */
    public boolean inForce(String code, LocalDate day) {
        List<Span> spans = byCode.get(code);
        if (spans == null) {
            return false;
        }
        for (Span s : spans) {
            if (s.validOn(day)) {
                return true;
            }
        }
        return false;
    }

    /** When the code was a unit's, for the message that refuses another day: "01/01/2019–30/06/2025". */
    public String periods(String code) {
        StringBuilder out = new StringBuilder();
        for (Span s : byCode.getOrDefault(code, List.of()).stream()
                .sorted(Comparator.comparing(Span::validFrom)).toList()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(CalendarFormat.date(s.validFrom())).append('–')
                    .append(s.validTo() == null ? "" : CalendarFormat.date(s.validTo()));
        }
        return out.toString();
    }
}
