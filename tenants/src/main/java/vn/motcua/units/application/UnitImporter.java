package vn.motcua.units.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Messages;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularReader;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitPlan;
import vn.motcua.units.domain.UnitSpec;
import vn.motcua.units.domain.UnitVersion;

/**
 * Plans an import of units from a table, all or nothing. A row names its unit by {@code id} (as exported) or,
 * failing that, by {@code portal_code} among the units valid on the row's {@code valid_from} (today if empty);
 * its parent by {@code parent_id} or {@code parent_portal_code} (a unit of the file or of the province).
 * A row equal to the unit's version on that day changes nothing, so importing the same file twice, or
 * re-importing an export, is a no-op; a different row opens a new version from {@code valid_from}.
 */
public final class UnitImporter {

    public static final List<String> COLUMNS = List.of("id", "portal_code", "qcvn_code", "name", "kind", "level",
            "parent_id", "parent_portal_code", "valid_from");

    public record Result(UnitPlan plan, int created, int updated, int unchanged) { }

    private UnitImporter() { }

    public static Result plan(UnitHistory history, Table table, LocalDate today) {
        requireColumns(table);
        List<ImportError> errors = new ArrayList<>();
        // pass 1: dates, keys, identities of new units
        Map<String, Long> fileByPortal = new HashMap<>();
        List<Parsed> parsed = identify(history, table, today, fileByPortal, errors);
        // pass 2: content, parents, plans
        Collected out = new Collected();
        for (Parsed p : parsed) {
            planRow(history, p, fileByPortal, out, errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportError::row));
            throw new ImportRejectedException(errors);
        }
        return new Result(new UnitPlan(out.newUnits, out.closings, out.versions, List.of()), out.created, out.updated,
                out.unchanged);
    }

    /** A row whose unit is known: an existing unit's id, or a temporary (negative) id for a new one. */
    private record Parsed(Table.Row row, LocalDate from, Long existing, long id) { }

    /** What pass 2 collects, row by row. */
    private static final class Collected {
        final List<UnitPlan.NewUnit> newUnits = new ArrayList<>();
        final List<UnitPlan.Closing> closings = new ArrayList<>();
        final List<UnitVersion> versions = new ArrayList<>();
        int created;
        int updated;
        int unchanged;
    }

    private static void requireColumns(Table table) {
        List<ImportError> errors = new ArrayList<>();
        for (String required : List.of("name", "kind", "level")) {
            if (!table.hasColumn(required)) {
                errors.add(ImportError.of(1, required, "unit.import.columnMissing", required));
            }
        }
        if (!table.hasColumn("id") && !table.hasColumn("portal_code")) {
            errors.add(ImportError.of(1, "portal_code", "unit.import.columnMissing", "portal_code"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
    }

    /** Pass 1: each row's date and unit; fills {@code fileByPortal} with the file's own portal codes. */
    private static List<Parsed> identify(UnitHistory history, Table table, LocalDate today, Map<String, Long> fileByPortal,
                                         List<ImportError> errors) {
        List<Parsed> parsed = new ArrayList<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        long nextTemp = -1;
        for (Table.Row row : table.rows()) {
            int before = errors.size();
            LocalDate from = today;
            if (!row.get("valid_from").isEmpty()) {
                try {
                    from = TabularReader.parseDate(row.get("valid_from"));
                } catch (RuntimeException e) {
                    errors.add(ImportError.of(row.line(), "valid_from", "unit.import.date.invalid", row.get("valid_from")));
                }
            }
            Long existing = null;
            String portal = row.get("portal_code").toUpperCase(java.util.Locale.ROOT);
            if (!row.get("id").isEmpty()) {
                Long id = parseLong(row.get("id"));
                if (id == null || !history.exists(id)) {
                    errors.add(ImportError.of(row.line(), "id", "unit.import.idUnknown", row.get("id")));
                } else {
                    existing = id;
                }
            } else if (portal.isEmpty()) {
                errors.add(ImportError.of(row.line(), "portal_code", "unit.import.keyRequired"));
            } else {
                final LocalDate day = from;
                existing = history.unitsOn(day).stream().filter(v -> portal.equals(v.spec().portal()))
                        .map(UnitVersion::unitId).findFirst().orElse(null);
            }
            String key = existing != null ? "#" + existing : portal;
            if (!key.isEmpty() && seenKeys.putIfAbsent(key, row.line()) != null) {
                errors.add(ImportError.of(row.line(), existing != null && !row.get("id").isEmpty() ? "id" : "portal_code", "unit.import.duplicate", seenKeys.get(key)));
            }
            if (errors.size() > before) {
                continue;
            }
            long id = existing != null ? existing : nextTemp--;
            if (!portal.isEmpty()) {
                fileByPortal.putIfAbsent(portal, id);
            }
            parsed.add(new Parsed(row, from, existing, id));
        }
        return parsed;
    }

    /** Pass 2 for one row: its parent and content, then a new unit, nothing, or a change of the existing one. */
    private static void planRow(UnitHistory history, Parsed p, Map<String, Long> fileByPortal, Collected out,
                                List<ImportError> errors) {
        Table.Row row = p.row();
        Long parent = null;
        if (!row.get("parent_id").isEmpty()) {
            parent = parseLong(row.get("parent_id"));
            if (parent == null || !history.exists(parent)) {
                errors.add(ImportError.of(row.line(), "parent_id", "unit.import.idUnknown", row.get("parent_id")));
                return;
            }
        } else if (!row.get("parent_portal_code").isEmpty()) {
            String pc = row.get("parent_portal_code").toUpperCase(java.util.Locale.ROOT);
            parent = fileByPortal.get(pc);
            if (parent == null) {
                parent = history.unitsOn(p.from()).stream().filter(v -> pc.equals(v.spec().portal()))
                        .map(UnitVersion::unitId).findFirst().orElse(null);
            }
            if (parent == null) {
                errors.add(ImportError.of(row.line(), "parent_portal_code", "unit.import.parentUnknown", pc));
                return;
            }
        }
        if (parent != null && parent == p.id()) {
            errors.add(ImportError.of(row.line(), parentColumn(row), "unit.parent.cycle"));
            return;
        }
        List<FieldError> fieldErrors = new ArrayList<>();
        String portal = row.get("portal_code");
        if (portal.isEmpty() && p.existing() != null) {
            portal = history.versionOn(p.existing(), p.from()).map(v -> v.spec().portal()).orElse(null);
        }
        UnitSpec spec = UnitInputs.toSpec(new UnitInput(row.get("name"), row.get("kind"), row.get("level"), parent,
                row.get("qcvn_code"), portal), "", fieldErrors);
        if (spec == null) {
            for (FieldError fe : fieldErrors) {
                errors.add(ImportError.of(row.line(), column(fe.field()), fe.messageKey(), fe.args()));
            }
            return;
        }
        if (p.existing() == null) {
            out.newUnits.add(new UnitPlan.NewUnit(p.id(), false, null, null));
            out.versions.add(new UnitVersion(p.id(), p.from(), null, spec));
            out.created++;
            return;
        }
        Optional<UnitVersion> current = history.versionOn(p.existing(), p.from());
        if (current.isPresent() && Objects.equals(current.get().spec(), spec)) {
            out.unchanged++;
            return;
        }
        try {
            UnitPlan change = history.planChange(p.existing(), spec, p.from());
            out.closings.addAll(change.closings());
            out.versions.addAll(change.newVersions());
            out.updated++;
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                errors.add(ImportError.of(row.line(), "", e.messageKey(), e.args()));
            }
            for (FieldError fe : e.fieldErrors()) {
                errors.add(ImportError.of(row.line(), column(fe.field()), fe.messageKey(), fe.args()));
            }
        }
    }

    private static String parentColumn(Table.Row row) {
        return row.get("parent_id").isEmpty() ? "parent_portal_code" : "parent_id";
    }

    private static String column(String field) {
        return switch (field) {
            case "effectiveFrom" -> "valid_from";
            case "parentId" -> "parent_portal_code";
            case "qcvnCode" -> "qcvn_code";
            case "portalCode" -> "portal_code";
            default -> field;
        };
    }

    private static Long parseLong(String v) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Both languages, as the file reader reports its own errors: the report is read by whoever fixes the file. */
    static String text(String key, Object... args) {
        return Messages.format(Messages.VIETNAMESE, key, args) + " / " + Messages.format(java.util.Locale.ENGLISH, key, args);
    }
}
