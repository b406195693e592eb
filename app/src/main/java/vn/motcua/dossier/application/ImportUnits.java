package vn.motcua.dossier.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.domain.CalendarFormat;

/**
 * The province's unit tree as the importer needs it: for each portal code, the periods in which a unit carried it
 * (both ends inclusive, as in {@code province.unit_version}), loaded once per batch. A dossier's receiving and
 * competent units must be units of the province on its day of receipt, as at a desk here; otherwise the reports per
 * unit would count dossiers of units nobody can find.
 */
public final class ImportUnits {

    /** One version of a unit: the code was the unit's from {@code validFrom} to {@code validTo} (null = still). */
    public record Span(String portalCode, LocalDate validFrom, LocalDate validTo) {

        public boolean validOn(LocalDate d) {
            return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
        }
    }

    private final Map<String, List<Span>> byCode = new HashMap<>();

    public ImportUnits(List<Span> spans) {
        for (Span s : spans) {
            byCode.computeIfAbsent(s.portalCode(), c -> new ArrayList<>()).add(s);
        }
    }

    public boolean knows(String portalCode) {
        return byCode.containsKey(portalCode);
    }

    public boolean inForce(String portalCode, LocalDate day) {
        List<Span> spans = byCode.get(portalCode);
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
    public String periods(String portalCode) {
        StringBuilder out = new StringBuilder();
        for (Span s : byCode.getOrDefault(portalCode, List.of()).stream()
                .sorted(java.util.Comparator.comparing(Span::validFrom)).toList()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(CalendarFormat.date(s.validFrom())).append('–')
                    .append(s.validTo() == null ? "" : CalendarFormat.date(s.validTo()));
        }
        return out.toString();
    }
}
