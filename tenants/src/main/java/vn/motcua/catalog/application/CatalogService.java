package vn.motcua.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalog.domain.Level;
import vn.motcua.catalog.domain.OnlineKind;
import vn.motcua.catalog.domain.ProcedureCode;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.catalog.infrastructure.ProcedureRepository;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.Table;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.domain.UnitCodes;

/** The caller's province's procedure catalog: search, versions, edits that create versions, import and export. */
@ApplicationScoped
public class CatalogService {

    public record Query(String text, String field, Level level, OnlineKind onlineKind, int first, int size) { }

    public record Page(long total, List<ProcedureVersion> items) { }

    public record ImportResult(int created, int updated, int unchanged) { }

    @Inject
    ProcedureRepository procedures;

    @Inject
    UnitService units;

    @Inject
    TenantRegistry tenants;

    @Transactional
    public Page search(Query q) {
        int size = Math.max(1, Math.min(q.size() <= 0 ? 20 : q.size(), 500));
        ProcedureRepository.Found found = procedures.searchCurrent(q.text(), q.field(), q.level(), q.onlineKind(),
                Math.max(0, q.first()), size);
        return new Page(found.total(), found.items());
    }

    /** All versions of a procedure, oldest first; empty if the province has no such procedure. */
    @Transactional
    public List<ProcedureVersion> history(String code) {
        return procedures.history(code);
    }

    /** The version valid on {@code asOf} (today if null). */
    @Transactional
    public ProcedureVersion get(String code, LocalDate asOf) {
        List<ProcedureVersion> all = history(code);
        if (all.isEmpty()) {
            throw DomainException.notFound("procedure.notFound", code);
        }
        LocalDate d = asOf == null ? LocalDate.now() : asOf;
        ProcedureVersion found = null;
        for (ProcedureVersion v : all) {
            if (v.isValidOn(d)) {
                found = v;
            }
        }
        if (found == null) {
            throw DomainException.notFound("procedure.notValidOn", code, d.toString());
        }
        return found;
    }

    /** A version by its stable id (what a dossier keeps). */
    @Transactional
    public ProcedureVersion version(long id) {
        return Optional.ofNullable(procedures.find(id))
                .orElseThrow(() -> DomainException.notFound("procedure.versionNotFound", id));
    }

    @Transactional
    public ProcedureVersion create(ProcedureContent content, LocalDate validFrom) {
        LocalDate from = validFrom == null ? LocalDate.now() : validFrom;
        validate(content, from);
        if (!history(content.code().value()).isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT,
                    List.of(new FieldError("code", "procedure.code.taken", content.code().value())),
                    "procedure.code.taken", content.code().value());
        }
        ProcedureVersion v = new ProcedureVersion(content, from, false,
                CallerContext.actorName(), OffsetDateTime.now());
        procedures.add(v);
        procedures.flush();
        return v;
    }

    /**
     * A new version replacing the current one from {@code validFrom} (today if null). {@code basedOnVersionId} is
     * the version the editor read: if another edit came first, the edit is refused (409) rather than lost.
     * An edit that changes nothing creates no version.
     */
    @Transactional
    public ProcedureVersion update(String code, long basedOnVersionId, ProcedureContent content, LocalDate validFrom) {
        ProcedureVersion current = get(code, null);
        if (current.getValidTo() != null || current.getId() != basedOnVersionId) {
            throw DomainException.conflict("procedure.changedMeanwhile", code);
        }
        if (!content.code().value().equals(code)) {
            throw DomainException.invalid(List.of(new FieldError("code", "procedure.code.immutable")));
        }
        LocalDate from = validFrom == null ? LocalDate.now() : validFrom;
        boolean unchanged = current.content().equals(content);
        validate(content, unchanged ? null : from); // an edit that writes nothing is not checked against the units
        if (unchanged) {
            return current;
        }
        return replace(current, content, from, false);
    }

    private ProcedureVersion replace(ProcedureVersion current, ProcedureContent content, LocalDate from, boolean generated) {
        if (from.isBefore(current.getValidFrom())) {
            throw DomainException.invalid(List.of(new FieldError("validFrom", "procedure.validFrom.beforeCurrent",
                    current.getValidFrom().toString())));
        }
        current.closeAt(from);
        // close first: at most one open version per code (unique index), and EclipseLink inserts before updating
        procedures.flush();
        ProcedureVersion next = new ProcedureVersion(content, from, generated, CallerContext.actorName(), OffsetDateTime.now());
        procedures.add(next);
        procedures.flush();
        return next;
    }

    /** The content rules, and with {@code asOf} (the first day of the version to write) the unit references. */
    private void validate(ProcedureContent content, LocalDate asOf) {
        List<FieldError> errors = new ArrayList<>(content.validate(ProcedureFields::exists));
        if (asOf != null) {
            errors.addAll(unitRefProblems(content, units.codes(), asOf));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private List<FieldError> unitRefProblems(ProcedureContent content, UnitCodes codes, LocalDate asOf) {
        return content.validateUnitRefs(codes, communeRef(), asOf);
    }

    /** {@code <province>.XA}, e.g. {@code H21.XA}: "the commune handling the dossier" (README, Procedure catalog). */
    public String communeRef() {
        return tenants.get(TenantContext.require()).getProvinceCode() + ".XA";
    }

    /**
     * Imports a whole file in one transaction: every row is checked first and nothing is written unless all are
     * valid. Rows are keyed by code: new codes are created, changed ones get a new version from today, identical
     * ones are left alone, so importing the same file twice changes nothing.
     */
    @Transactional
    public ImportResult importTable(Table table) {
        List<ImportError> errors = new ArrayList<>();
        for (String column : List.of("code", "name", "field", "levels", "time", "onlineKind")) {
            if (!table.hasColumn(column)) {
                errors.add(ImportError.of(1, column, "import.column.missing", column));
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        Map<String, ProcedureContent> rows = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (Table.Row row : table.rows()) {
            ProcedureRows.Parsed parsed = ProcedureRows.parse(row);
            errors.addAll(parsed.errors());
            if (parsed.content() != null) {
                String code = parsed.content().code().value();
                if (lines.containsKey(code)) {
                    errors.add(ProcedureRows.error(row.line(), "code", "procedure.code.duplicateInFile", code, lines.get(code)));
                } else {
                    lines.put(code, row.line());
                    rows.put(code, parsed.content());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        Map<String, ProcedureVersion> current = currentByCode();
        LocalDate today = LocalDate.now();
        UnitCodes codes = units.codes();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ProcedureContent c : rows.values()) {
            ProcedureVersion cur = current.get(c.code().value());
            if (cur == null) {
                if (!history(c.code().value()).isEmpty()) {
                    errors.add(ProcedureRows.error(lines.get(c.code().value()), "code", "procedure.code.retired", c.code().value()));
                    continue;
                }
                if (unitRefsRejected(c, codes, today, lines.get(c.code().value()), errors)) {
                    continue;
                }
                procedures.add(new ProcedureVersion(c, today, false, CallerContext.actorName(), OffsetDateTime.now()));
                created++;
            } else if (cur.content().equals(c)) {
                unchanged++;
            } else {
                if (today.isBefore(cur.getValidFrom())) {
                    errors.add(ProcedureRows.error(lines.get(c.code().value()), "code", "procedure.validFrom.beforeCurrent",
                            cur.getValidFrom().toString()));
                    continue;
                }
                if (unitRefsRejected(c, codes, today, lines.get(c.code().value()), errors)) {
                    continue;
                }
                replace(cur, c, today, false);
                updated++;
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors); // rolls the transaction back
        }
        procedures.flush();
        return new ImportResult(created, updated, unchanged);
    }

    /**
     * A row that would be written names units the province does not have on {@code asOf}: reported in the file's
     * columns ({@code units}, {@code steps}). Unchanged rows write nothing and are not checked.
     */
    private boolean unitRefsRejected(ProcedureContent c, UnitCodes codes, LocalDate asOf, int line,
                                     List<ImportError> errors) {
        List<FieldError> problems = unitRefProblems(c, codes, asOf);
        for (FieldError fe : problems) {
            errors.add(ProcedureRows.error(line, fe.field().startsWith("steps") ? "steps" : "units", fe.messageKey(),
                    fe.args()));
        }
        return !problems.isEmpty();
    }

    /** The current catalog in file form (header + rows), ordered by code. */
    @Transactional
    public List<List<String>> exportRows() {
        List<List<String>> out = new ArrayList<>();
        for (ProcedureVersion v : currentByCode().values()) {
            out.add(ProcedureRows.toRow(v.content()));
        }
        return out;
    }

    private Map<String, ProcedureVersion> currentByCode() {
        Map<String, ProcedureVersion> m = new LinkedHashMap<>();
        for (ProcedureVersion v : procedures.current()) {
            m.put(v.getCode(), v);
        }
        return m;
    }

    /** Codes the province has (any version): demo seeding creates only the missing ones. */
    @Transactional
    public Set<String> allCodes() {
        return procedures.codes();
    }

    /** Inserts generated demo procedures (already valid) in one go. */
    @Transactional
    public int seedGenerated(List<ProcedureContent> contents, LocalDate validFrom) {
        Set<String> have = allCodes();
        OffsetDateTime now = OffsetDateTime.now();
        int n = 0;
        for (ProcedureContent c : contents) {
            if (have.add(c.code().value())) {
                LocalDate from = c.publication().effectiveDate() != null ? c.publication().effectiveDate() : validFrom;
                procedures.add(new ProcedureVersion(c, from, true, "demo", now));
                n++;
            }
        }
        procedures.flush();
        return n;
    }

    public static ProcedureCode code(String raw) {
        if (!ProcedureCode.isValid(raw)) {
            throw DomainException.invalid(List.of(new FieldError("code", "procedure.code.invalid")));
        }
        return new ProcedureCode(raw);
    }
}
