package vn.motcua.catalog.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.motcua.catalog.domain.Level;
import vn.motcua.catalog.domain.OnlineKind;
import vn.motcua.catalog.domain.ProcedureCode;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.catalog.domain.ProcedureLists;
import vn.motcua.catalog.domain.Publication;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Messages;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularReader;

/**
 * The file form of the catalog (CSV, XLSX, JSON): one row per procedure, the columns below. Lists use the
 * line-per-item form of {@link ProcedureLists}. Export writes exactly what import reads.
 */
public final class ProcedureRows {

    public static final List<String> COLUMNS = List.of("code", "name", "field", "levels", "units", "time",
            "onlineTime", "onlineKind", "fullOnlineEligible", "paperResult", "individualApplicants", "fees",
            "documents", "steps", "decisionNumber", "decisionDate", "effectiveDate", "nationalDbDate");

    /** A parsed row: its content, or the errors (row and column named). */
    public record Parsed(int line, ProcedureContent content, List<ImportError> errors) { }

    private ProcedureRows() { }

    public static List<String> toRow(ProcedureContent c) {
        Publication p = c.publication();
        return List.of(c.code().value(), c.name(), c.fieldCode(),
                String.join(",", c.levels().stream().sorted().map(Level::name).toList()),
                String.join(",", c.unitRefs()), c.time().toText(),
                c.onlineTime() == null ? "" : c.onlineTime().toText(), c.onlineKind().name(),
                Boolean.toString(c.fullOnlineEligible()), Boolean.toString(c.paperResult()),
                Boolean.toString(c.individualApplicants()), ProcedureLists.fees(c.fees()),
                ProcedureLists.documents(c.documents()), ProcedureLists.steps(c.steps()),
                p.decisionNumber() == null ? "" : p.decisionNumber(), date(p.decisionDate()), date(p.effectiveDate()),
                date(p.nationalDbDate()));
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** Parses and validates one row, reporting each problem with its column. */
    public static Parsed parse(Table.Row row) {
        List<ImportError> errors = new ArrayList<>();
        int line = row.line();
        ProcedureCode code = null;
        if (ProcedureCode.isValid(row.get("code"))) {
            code = new ProcedureCode(row.get("code"));
        } else {
            errors.add(error(line, "code", "procedure.code.invalid"));
        }
        Set<Level> levels = EnumSet.noneOf(Level.class);
        for (String l : split(row.get("levels"))) {
            try {
                levels.add(Level.valueOf(l.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(error(line, "levels", "procedure.levels.unknown", l));
            }
        }
        StatutoryTime time = time(row, "time", errors);
        StatutoryTime onlineTime = row.get("onlineTime").isEmpty() ? null : time(row, "onlineTime", errors);
        OnlineKind kind = null;
        try {
            kind = OnlineKind.valueOf(row.get("onlineKind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(error(line, "onlineKind", "procedure.onlineKind.required"));
        }
        Boolean full = bool(row, "fullOnlineEligible", false, errors);
        Boolean paper = bool(row, "paperResult", true, errors);
        Boolean individuals = bool(row, "individualApplicants", true, errors);
        var fees = list(row, "fees", errors, ProcedureLists::parseFees);
        var docs = list(row, "documents", errors, ProcedureLists::parseDocuments);
        var steps = list(row, "steps", errors, ProcedureLists::parseSteps);
        LocalDate decisionDate = dateCell(row, "decisionDate", errors);
        LocalDate effectiveDate = dateCell(row, "effectiveDate", errors);
        LocalDate nationalDbDate = dateCell(row, "nationalDbDate", errors);
        if (!errors.isEmpty()) {
            // the content rules below need parsed values; still report the simple columns now, so that one
            // round of corrections is enough
            if (row.get("name").isEmpty()) {
                errors.add(error(line, "name", "procedure.name.invalid"));
            }
            if (!ProcedureFields.exists(row.get("field"))) {
                errors.add(error(line, "field", "procedure.field.unknown", row.get("field")));
            }
            return new Parsed(line, null, errors);
        }
        ProcedureContent content = new ProcedureContent(code, row.get("name"), row.get("field"), levels,
                split(row.get("units")), time, onlineTime, fees, docs, kind, full, paper, individuals, steps,
                new Publication(row.get("decisionNumber"), decisionDate, effectiveDate, nationalDbDate));
        for (FieldError fe : content.validate(ProcedureFields::exists)) {
            errors.add(error(line, fe.field(), fe.messageKey(), fe.args()));
        }
        return new Parsed(line, errors.isEmpty() ? content : null, errors);
    }

    /** The column's time, or null with its problems (unreadable, or e.g. a value out of range) reported. */
    private static StatutoryTime time(Table.Row row, String column, List<ImportError> errors) {
        List<String> problems = StatutoryTime.problems(row.get(column));
        problems.forEach(k -> errors.add(error(row.line(), column, k)));
        return problems.isEmpty() ? StatutoryTime.parse(row.get(column)) : null;
    }

    private static Boolean bool(Table.Row row, String column, boolean dflt, List<ImportError> errors) {
        String v = row.get(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "" -> dflt;
            case "true", "1", "yes", "có", "x" -> true;
            case "false", "0", "no", "không" -> false;
            default -> {
                errors.add(error(row.line(), column, "procedure.boolean.invalid"));
                yield dflt;
            }
        };
    }

    private static <T> List<T> list(Table.Row row, String column, List<ImportError> errors,
                                    java.util.function.Function<String, List<T>> parser) {
        try {
            return parser.apply(row.get(column));
        } catch (IllegalArgumentException e) {
            errors.add(new ImportError(row.line(), column, locale -> Messages.format(locale, "procedure.list.invalid")
                    + " (" + e.getMessage() + ")"));
            return List.of();
        }
    }

    private static LocalDate dateCell(Table.Row row, String column, List<ImportError> errors) {
        String v = row.get(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return TabularReader.parseDate(v);
        } catch (RuntimeException e) {
            errors.add(error(row.line(), column, "procedure.date.invalid"));
            return null;
        }
    }

    private static List<String> split(String v) {
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static ImportError error(int line, String column, String key, Object... args) {
        return ImportError.of(line, column, key, args);
    }

}
