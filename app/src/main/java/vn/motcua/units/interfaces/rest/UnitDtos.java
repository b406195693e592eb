package vn.motcua.units.interfaces.rest;

import vn.motcua.shared.interfaces.rest.Limit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.units.application.UnitInput;
import vn.motcua.units.application.UnitService;
import vn.motcua.units.application.UnitsSnapshot;
import vn.motcua.units.domain.Succession;
import vn.motcua.units.domain.UnitHistory;
import vn.motcua.units.domain.UnitPlan;
import vn.motcua.units.domain.UnitVersion;
import vn.motcua.shared.Text;

/** Data shapes of the units API (plain classes with public fields: Payara's Yasson cannot bind records). */

public final class UnitDtos {

    private UnitDtos() { }

    /** A unit as it was on one day; {@code version} is the lock value to send back with a change. */
    public static class UnitDto {
        public long id;
        public long version;
        public boolean generated;
        public String originTenant;
        public Long originUnitId;
        public String name;
        public String kind;
        public String level;
        public Long parentId;
        public String qcvnCode;
        public String portalCode;
        public LocalDate validFrom;
        public LocalDate validTo;
        /** Only in the tree view. */
        public List<UnitDto> children;

        public static UnitDto of(UnitVersion v, UnitsSnapshot.Identity identity) {
            UnitDto d = new UnitDto();
            d.id = v.unitId();
            if (identity != null) {
                d.version = identity.version();
                d.generated = identity.generated();
                d.originTenant = identity.originTenant();
                d.originUnitId = identity.originUnitId();
            }
            d.name = v.name();
            d.kind = v.kind().name();
            d.level = v.level().name();
            d.parentId = v.parentId();
            d.qcvnCode = v.spec().qcvn();
            d.portalCode = v.spec().portal();
            d.validFrom = v.validFrom();
            d.validTo = v.validTo();
            return d;
        }

        public static UnitDto tree(UnitHistory.Node n, UnitsSnapshot s) {
            UnitDto d = of(n.version(), s.identity(n.version().unitId()));
            d.children = new ArrayList<>();
            for (UnitHistory.Node c : n.children()) {
                d.children.add(tree(c, s));
            }
            return d;
        }
    }

    public static class SuccessionDto {
        public long predecessorId;
        public long successorId;
        public LocalDate date;
        public String type;

        public static SuccessionDto of(Succession s) {
            SuccessionDto d = new SuccessionDto();
            d.predecessorId = s.predecessorId();
            d.successorId = s.successorId();
            d.date = s.date();
            d.type = s.type().name();
            return d;
        }
    }

    public static class TimelineEntryDto {
        public LocalDate date;
        /** CREATED, RENAMED, MOVED, RECODED, RECLASSIFIED (joined by +), CLOSED, REOPENED, SUCCEEDED_BY_…, SUCCEEDS_… */
        public String event;
        public UnitDto version;
        public SuccessionDto link;
        /** The other unit of a link, as it was on the link's date (or last known). */
        public String otherUnitName;
    }

    public static class UnitTimelineDto {
        public long unitId;
        public List<TimelineEntryDto> entries = new ArrayList<>();
    }

    public static class UnitMappingDto {
        public long unitId;
        public LocalDate asOf;
        public List<UnitDto> successors = new ArrayList<>();
    }

    /** Create: {@code validFrom}; update: {@code effectiveFrom} and the {@code version} read. */
    public static class UnitRequest {
        @Limit(text = Text.Kind.NAME)
        public String name;
        @Limit(text = Text.Kind.CODE)
        public String kind;
        @Limit(text = Text.Kind.CODE)
        public String level;
        public Long parentId;
        @Limit(text = Text.Kind.CODE)
        public String qcvnCode;
        @Limit(text = Text.Kind.CODE)
        public String portalCode;
        public LocalDate validFrom;
        public LocalDate effectiveFrom;
        public Long version;

        public UnitInput toInput() {
            return new UnitInput(name, kind, level, parentId, qcvnCode, portalCode);
        }
    }

    public static class MergeRequest {
        public List<Long> sourceIds;
        /** An existing unit, or … */
        public Long targetId;
        /** … a new unit created on {@code date}. */
        public UnitRequest newTarget;
        public LocalDate date;
    }

    public static class SplitRequest {
        public List<UnitRequest> parts;
        public boolean closeSource;
        public LocalDate date;
    }

    public static class ClosingDto {
        public long unitId;
        public String name;
        public LocalDate versionFrom;
        public LocalDate lastDay;
    }

    /** What a change writes (or would write, for a preview). New units have negative ids in a preview. */
    public static class PlanDto {
        public boolean preview;
        public List<Long> createdUnitIds = new ArrayList<>();
        public List<ClosingDto> closings = new ArrayList<>();
        public List<UnitDto> newVersions = new ArrayList<>();
        public List<SuccessionDto> successions = new ArrayList<>();

        public static PlanDto of(UnitService.Outcome o, UnitHistory before) {
            PlanDto d = new PlanDto();
            d.preview = !o.written();
            UnitPlan p = o.plan();
            p.newUnits().forEach(n -> d.createdUnitIds.add(o.idOf(n.tempId())));
            for (UnitPlan.Closing c : p.closings()) {
                ClosingDto cd = new ClosingDto();
                cd.unitId = c.unitId();
                cd.name = before.versionOn(c.unitId(), c.versionFrom()).map(UnitVersion::name).orElse(null);
                cd.versionFrom = c.versionFrom();
                cd.lastDay = c.lastDay();
                d.closings.add(cd);
            }
            for (UnitVersion v : p.newVersions()) {
                UnitDto u = UnitDto.of(v, null);
                u.id = o.idOf(v.unitId());
                u.parentId = v.parentId() == null ? null : o.idOf(v.parentId());
                d.newVersions.add(u);
            }
            for (Succession s : p.successions()) {
                SuccessionDto sd = SuccessionDto.of(s);
                sd.predecessorId = o.idOf(s.predecessorId());
                sd.successorId = o.idOf(s.successorId());
                d.successions.add(sd);
            }
            return d;
        }
    }

    public static class AbsorbRequest {
        /** Slug of the province being absorbed, e.g. binh-dinh. */
        @Limit(text = Text.Kind.CODE)
        public String absorbed;
        /** First day as part of the absorbing province, e.g. 2025-07-01. */
        public LocalDate date;
        /** Absorbed unit id (as text) → absorbing unit ids it maps to; unmapped units go by kind/name or to the root. */
        public Map<String, List<Long>> mapping;
    }
}
