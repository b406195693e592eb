package vn.motcua.index.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.identity.application.CallerContext;
import vn.motcua.index.domain.IndexScenario;
import vn.motcua.index.domain.MetricChange;
import vn.motcua.index.infrastructure.IndexScenarioRepository;
import vn.motcua.reporting.domain.ReportPeriod;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Text;

/**
 * What-if scenarios of the province's index saved under a name (a what-if itself writes nothing). A scenario keeps
 * the question — period, changes, the publication to compare with — and is scored again by
 * {@link TenantIndexService#whatIf} whenever it is opened, on the data as they are then. Saving checks the changes
 * exactly as simulateIndex does (the same code). Who: those who run the what-if read the scenarios; the province's
 * administrators and leaders save, update and delete them. Another province's scenario is not found.
 */
@ApplicationScoped
public class IndexScenarioService {

    /** A scenario and what it gives today: the simulation, or why its changes no longer apply (no simulation). */
    public record Opened(IndexScenario scenario, TenantIndexService.WhatIf result) { }

    /** What a scenario asks: its name, period, changes and the day of the publication to compare with (or null). */
    public record Draft(String name, ReportPeriod period, List<MetricChange> changes, LocalDate comparedWith) { }

    @Inject
    IndexScenarioRepository scenarios;

    @Inject
    TenantIndexService index;

    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public List<IndexScenario> list() {
        return scenarios.all();
    }

    /** The scenario scored again on today's data; 404 when the province has no such scenario. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER"})
    public Opened open(long id) {
        IndexScenario s = found(id);
        return new Opened(s, index.whatIf(new ReportPeriod(s.from(), s.to()), s.changes(), s.comparedWith()));
    }

    /**
     * Saves a new scenario once its changes score (400 naming every bad change or name, as simulateIndex; 404 for a
     * comparedWith day without a publication); 409 when the province has a scenario of that name.
     */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER"})
    public Opened save(Draft d) {
        List<FieldError> errors = new ArrayList<>();
        String name = name(d.name(), errors);
        TenantIndexService.WhatIf result = scored(d, errors);
        scenarios.lock();
        if (scenarios.nameTaken(name, 0)) {
            throw DomainException.conflict("index.scenario.nameTaken", name);
        }
        long id = scenarios.insert(name, d.period().from(), d.period().to(), d.comparedWith(), d.changes(),
                CallerContext.actorName());
        return new Opened(found(id), result);
    }

    /**
     * Replaces a scenario's name, period, changes and comparison, checked as {@link #save} checks them, if nobody
     * changed it since {@code expectedVersion} was read (409 otherwise, nothing written); 404 when there is none.
     */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER"})
    public Opened update(long id, long expectedVersion, Draft d) {
        IndexScenario before = found(id);
        if (before.version() != expectedVersion) {
            throw changedMeanwhile(before, expectedVersion);
        }
        List<FieldError> errors = new ArrayList<>();
        String name = name(d.name(), errors);
        TenantIndexService.WhatIf result = scored(d, errors);
        scenarios.lock();
        if (scenarios.nameTaken(name, id)) {
            throw DomainException.conflict("index.scenario.nameTaken", name);
        }
        if (!scenarios.update(id, expectedVersion, name, d.period().from(), d.period().to(), d.comparedWith(),
                d.changes())) {
            throw changedMeanwhile(found(id), expectedVersion);
        }
        return new Opened(found(id), result);
    }

    /** Removes the scenario; 404 when the province has none of that id. */
    @Transactional
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER"})
    public void delete(long id) {
        if (!scenarios.delete(id)) {
            throw notFound(id);
        }
    }

    /** The draft's what-if; 400 listing {@code errors} so far (the name's) and every change's together. */
    private TenantIndexService.WhatIf scored(Draft d, List<FieldError> errors) {
        if (d.changes() == null || d.changes().isEmpty()) {
            errors.add(new FieldError("changes", "field.required"));
            throw DomainException.invalid(errors);
        }
        TenantIndexService.WhatIf result = index.whatIf(d.period(), d.changes(), d.comparedWith());
        errors.addAll(result.refusals());
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return result;
    }

    /**
     * The name as stored: stripped, NFC, 1 to {@link IndexScenario#NAME_MAX} characters and no control character;
     * null with the refusal added to {@code errors} otherwise.
     */
    static String name(String raw, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError("name", "field.required"));
            return null;
        }
        String stripped = Text.nfc(raw.strip());
        int length = stripped.codePointCount(0, stripped.length());
        if (length > IndexScenario.NAME_MAX) {
            errors.add(new FieldError("name", "index.scenario.nameLength", IndexScenario.NAME_MAX, length));
            return null;
        }
        return Text.accept("name", stripped, Text.Kind.NAME, errors);
    }

    private IndexScenario found(long id) {
        return scenarios.find(id).orElseThrow(() -> notFound(id));
    }

    /** Versions as plain numbers in the message ("1000", not "1,000"), as ids are. */
    private static DomainException changedMeanwhile(IndexScenario now, long expectedVersion) {
        return DomainException.conflict("index.scenario.changedMeanwhile", now.name(), Long.toString(now.version()),
                Long.toString(expectedVersion));
    }

    private static DomainException notFound(long id) {
        return DomainException.notFound("index.scenario.notFound", Long.toString(id));
    }
}
