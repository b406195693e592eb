package vn.motcua.reporting.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The public monthly list of officials with late steps (docs/deadlines.md, "Public list of officials"): per official
 * and step unit, the steps finished late in the month and all the steps finished then — counts only, never an
 * applicant or a dossier. Whether a person is named is the province's choice: named, each shows its display name;
 * not named, each shows as "Cán bộ n của &lt;unit&gt;", n counting the unit's officials down the list (most late
 * first), so the list says how many officials of a unit were late and how often, not who. That Vietnamese line is the
 * province's publication (the API's {@code name}); each line also carries n and the unit's name as data, so a page in
 * another language writes the same line in its own words (the UI's {@code publicLate.officials.anonymous}).
 */
public final class LateOfficials {

    /** One official's late steps in one unit, as the facts give them (username kept inside, never published unnamed). */
    public record Row(String official, String unitCode, long lateSteps, long finishedSteps) { }

    /**
     * One published line.
     *
     * @param name the display name, or "Cán bộ n của &lt;unit&gt;" when names are not published
     * @param anonymousOrdinal n when names are not published (1, 2, … down the list within the unit), else null
     */
    public record Line(String name, String unitCode, String unitName, long lateSteps, long finishedSteps,
                       Integer anonymousOrdinal) { }

    private LateOfficials() { }

    /**
     * The lines of {@code rows} (in their order): named by {@code names} (username → display name) when
     * {@code named}, else "Cán bộ n của unit" with the unit's name from {@code unitNames} (its code when unknown).
     */
    public static List<Line> publish(List<Row> rows, boolean named, Function<String, String> names,
                                     Function<String, String> unitNames) {
        List<Line> out = new ArrayList<>(rows.size());
        Map<String, Integer> perUnit = new HashMap<>();
        for (Row r : rows) {
            String unitName = unitNames.apply(r.unitCode());
            String unit = unitName == null ? r.unitCode() : unitName;
            Integer ordinal = named ? null : perUnit.merge(r.unitCode(), 1, Integer::sum);
            String name = named ? names.apply(r.official()) : "Cán bộ " + ordinal + " của " + unit;
            out.add(new Line(name, r.unitCode(), unit, r.lateSteps(), r.finishedSteps(), ordinal));
        }
        return out;
    }
}
