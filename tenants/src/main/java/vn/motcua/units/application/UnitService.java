package vn.motcua.units.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.tabular.Table;
import vn.motcua.tenancy.application.TenantContext;
import vn.motcua.tenancy.application.TenantRegistry;
import vn.motcua.tenancy.domain.Tenant;
import vn.motcua.units.domain.Absorption;
import vn.motcua.units.domain.Succession;
import vn.motcua.units.domain.UnitCodes;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitPlan;
import vn.motcua.units.domain.UnitSpec;
import vn.motcua.units.domain.UnitVersion;
import vn.motcua.units.infrastructure.UnitRecord;
import vn.motcua.units.infrastructure.UnitRepository;
import vn.motcua.units.infrastructure.UnitSuccessionRecord;
import vn.motcua.units.infrastructure.UnitVersionRecord;

/**
 * The units of the caller's province: reads (as of a day), edits that add versions, merges, splits and
 * imports. Every change is planned by the pure rules first ({@link UnitHistory}), so a preview shows exactly
 * what would be written, then applied in the same transaction.
 */
@ApplicationScoped
public class UnitService {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A plan and, once written, the ids given to its new units (empty for a preview). */
    public record Outcome(UnitPlan plan, Map<Long, Long> newIds, boolean written) {
        public long idOf(long planId) {
            return planId < 0 ? newIds.getOrDefault(planId, planId) : planId;
        }
    }

    @Inject
    UnitRepository units;

    @Inject
    TenantRegistry tenants;

    public static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    @Transactional
    public UnitsSnapshot snapshot() {
        Map<Long, UnitsSnapshot.Identity> identities = new HashMap<>();
        for (UnitRecord r : units.identities()) {
            identities.put(r.getId(), new UnitsSnapshot.Identity(r.getId(), r.isGenerated(), r.getOriginTenant(),
                    r.getOriginUnitId(), r.getVersion()));
        }
        return new UnitsSnapshot(new UnitHistory(units.versions(), units.successions()), identities);
    }

    /**
     * The province's unit codes (portal and QCVN) with the periods each was a unit's: the one place that answers
     * "is this a unit of the province on that day".
     */
    @Transactional
    public UnitCodes codes() {
        return UnitCodes.of(units.versions());
    }

    /** The snapshot, refusing an id the province does not have (another province's ids included). */
    @Transactional
    public UnitsSnapshot snapshotWith(long unitId) {
        UnitsSnapshot s = snapshot();
        if (s.identity(unitId) == null) {
            throw DomainException.notFound("unit.notFound", unitId);
        }
        return s;
    }

    @Transactional
    public Outcome create(UnitInput input, LocalDate validFrom) {
        UnitSpec spec = UnitInputs.toSpec(input);
        UnitsSnapshot s = snapshot();
        LocalDate from = validFrom == null ? today() : validFrom;
        checkParentKnown(s, spec.parentId(), "parentId");
        checkPortalCodeFree(s.history(), spec, from, null);
        return write(s.history().planCreate(spec, from), Set.of(), s);
    }

    @Transactional
    public Outcome update(long unitId, Long expectedVersion, UnitInput input, LocalDate effectiveFrom) {
        UnitsSnapshot s = snapshotWith(unitId);
        if (expectedVersion == null) {
            throw DomainException.invalid(List.of(new FieldError("version", "field.required")));
        }
        UnitSpec spec = UnitInputs.toSpec(input);
        LocalDate from = effectiveFrom == null ? today() : effectiveFrom;
        checkParentKnown(s, spec.parentId(), "parentId");
        checkPortalCodeFree(s.history(), spec, from, unitId);
        if (s.identity(unitId).version() != expectedVersion) {
            throw DomainException.conflict("unit.changedMeanwhile", unitId);
        }
        return write(s.history().planChange(unitId, spec, from), Set.of(unitId), s);
    }

    @Transactional
    public Outcome merge(List<Long> sourceIds, Long targetId, UnitInput newTarget, LocalDate date, boolean preview) {
        UnitsSnapshot s = snapshot();
        List<FieldError> errors = new ArrayList<>();
        UnitSpec target = newTarget == null ? null : UnitInputs.toSpec(newTarget, "target.", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        for (Long id : sourceIds == null ? List.<Long>of() : sourceIds) {
            if (id == null || s.identity(id) == null) {
                throw DomainException.notFound("unit.notFound", id);
            }
        }
        if (targetId != null && s.identity(targetId) == null) {
            throw DomainException.notFound("unit.notFound", targetId);
        }
        if (target != null) {
            checkParentKnown(s, target.parentId(), "target.parentId");
            checkPortalCodeFree(s.history(), target, date, null);
        }
        UnitPlan plan = s.history().planMerge(sourceIds, targetId, target, date);
        return preview ? new Outcome(plan, Map.of(), false) : write(plan, new HashSet<>(sourceIds), s);
    }

    @Transactional
    public Outcome split(long sourceId, List<UnitInput> parts, boolean closeSource, LocalDate date, boolean preview) {
        UnitsSnapshot s = snapshotWith(sourceId);
        List<FieldError> errors = new ArrayList<>();
        List<UnitSpec> specs = new ArrayList<>();
        for (int i = 0; parts != null && i < parts.size(); i++) {
            specs.add(UnitInputs.toSpec(parts.get(i), "parts[" + i + "].", errors));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        for (UnitSpec p : specs) {
            checkParentKnown(s, p.parentId(), "parentId");
            checkPortalCodeFree(s.history(), p, date, null);
        }
        UnitPlan plan = s.history().planSplit(sourceId, specs, closeSource, date);
        return preview ? new Outcome(plan, Map.of(), false) : write(plan, Set.of(sourceId), s);
    }

    /** All or nothing: the whole table is checked against the province's units before anything is written. */
    @Transactional
    public UnitImporter.Result importTable(Table table) {
        UnitsSnapshot s = snapshot();
        UnitImporter.Result result = UnitImporter.plan(s.history(), table, today());
        if (!result.plan().isEmpty()) {
            write(result.plan(), Set.of(), s);
        }
        return result;
    }

    /** Demo seeding: writes a prepared plan (new units with their generated flags, versions and links). */
    @Transactional
    public Outcome seed(UnitPlan plan) {
        return write(plan, Set.of(), null);
    }

    /**
     * The absorbing province's half of {@code TenantAbsorptionService#absorb}: runs bound to the absorbing
     * province, writes the copied units and links and marks the absorbed tenant MERGED in the same transaction.
     */
    @Transactional
    public Outcome absorb(String absorbedSlug, long absorbedTenantVersion, UnitHistory absorbed, Set<Long> absorbedGenerated,
                          LocalDate date, Map<Long, List<Long>> mapping, boolean preview) {
        String absorbing = TenantContext.require();
        UnitsSnapshot s = snapshot();
        boolean already = s.identities().values().stream().anyMatch(i -> absorbedSlug.equals(i.originTenant()));
        if (already) {
            throw DomainException.conflict("unit.absorb.alreadyAbsorbed", absorbedSlug, absorbing);
        }
        UnitPlan plan = Absorption.plan(absorbedSlug, absorbed, absorbedGenerated, s.history(), date, mapping);
        if (preview) {
            return new Outcome(plan, Map.of(), false);
        }
        Tenant tenant = tenants.find(absorbedSlug).orElse(null);
        if (tenant == null || tenant.getVersion() != absorbedTenantVersion || !tenant.isActive()) {
            throw DomainException.conflict("unit.absorb.changedMeanwhile", absorbedSlug);
        }
        tenant.markMergedInto(absorbing, date.minusDays(1));
        return write(plan, Set.of(), s);
    }

    private Outcome write(UnitPlan plan, Set<Long> touched, UnitsSnapshot snapshot) {
        Map<Long, Long> ids = new HashMap<>();
        for (UnitPlan.NewUnit n : plan.newUnits()) {
            UnitRecord r = new UnitRecord(n.generated(), n.originTenant(), n.originUnitId());
            units.add(r);
            ids.put(n.tempId(), r.getId());
        }
        // no JPA relationships between the three tables, so EclipseLink cannot order the inserts by foreign
        // key: flush each table before the next one needs it
        units.flush();
        Set<Long> closed = new LinkedHashSet<>();
        plan.closings().forEach(c -> closed.add(c.unitId()));
        if (!closed.isEmpty()) {
            List<UnitVersionRecord> rows = units.versionsOf(closed);
            for (UnitPlan.Closing c : plan.closings()) {
                rows.stream().filter(r -> r.getUnitId() == c.unitId() && r.getValidFrom().equals(c.versionFrom()))
                        .findFirst().orElseThrow(() -> DomainException.conflict("unit.changedMeanwhile", c.unitId()))
                        .close(c.lastDay());
            }
        }
        for (UnitVersion v : plan.newVersions()) {
            long unitId = map(ids, v.unitId());
            UnitSpec spec = v.parentId() == null ? v.spec() : v.spec().withParent(map(ids, v.parentId()));
            units.add(new UnitVersionRecord(unitId, new UnitVersion(unitId, v.validFrom(), v.validTo(), spec)));
        }
        units.flush();
        for (Succession l : plan.successions()) {
            units.add(new UnitSuccessionRecord(new Succession(map(ids, l.predecessorId()), map(ids, l.successorId()),
                    l.date(), l.type())));
        }
        // every existing unit the change touches gets a new lock value, so a concurrent editor gets 409
        Set<Long> bump = new LinkedHashSet<>(touched);
        bump.addAll(closed);
        plan.successions().forEach(l -> {
            if (l.predecessorId() > 0) {
                bump.add(l.predecessorId());
            }
        });
        for (long id : bump) {
            UnitRecord r = units.find(id);
            if (r == null) {
                throw DomainException.notFound("unit.notFound", id);
            }
            if (snapshot != null && snapshot.identity(id) != null && snapshot.identity(id).version() != r.getVersion()) {
                throw DomainException.conflict("unit.changedMeanwhile", id);
            }
            units.bumpVersion(r);
        }
        units.flush();
        return new Outcome(plan, ids, true);
    }

    private static long map(Map<Long, Long> ids, long id) {
        return id < 0 ? ids.get(id) : id;
    }

    private static void checkParentKnown(UnitsSnapshot s, Long parentId, String field) {
        if (parentId != null && s.identity(parentId) == null) {
            throw DomainException.invalid(List.of(new FieldError(field, "unit.parent.unknown", parentId)));
        }
    }

    /** A portal code names one unit at a time: imports and integrations find units by it. */
    private static void checkPortalCodeFree(UnitHistory h, UnitSpec spec, LocalDate from, Long self) {
        if (spec.portal() == null || from == null) {
            return;
        }
        boolean taken = h.unitsOn(from).stream().anyMatch(v -> spec.portal().equals(v.spec().portal())
                && (self == null || v.unitId() != self));
        if (taken) {
            throw DomainException.conflict("unit.code.taken", spec.portal());
        }
    }
}
