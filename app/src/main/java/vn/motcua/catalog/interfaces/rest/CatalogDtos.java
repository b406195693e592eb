package vn.motcua.catalog.interfaces.rest;

import vn.motcua.shared.interfaces.rest.Limit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.motcua.catalog.domain.Fee;
import vn.motcua.catalog.domain.Level;
import vn.motcua.catalog.domain.OnlineKind;
import vn.motcua.catalog.domain.ProcedureCode;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.domain.ProcedureField;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.catalog.domain.ProcedureVersion;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.catalog.domain.Publication;
import vn.motcua.catalog.domain.RequiredDocument;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Text;

/** REST shapes of the procedure catalog (plain classes with public fields: Yasson cannot bind records). */

public final class CatalogDtos {

    private CatalogDtos() { }

    public static class FieldDto {
        public String code;
        public String nameVi;
        public String nameEn;
        public String sectorVi;

        public static FieldDto of(ProcedureField f) {
            FieldDto d = new FieldDto();
            d.code = f.code();
            d.nameVi = f.nameVi();
            d.nameEn = f.nameEn();
            d.sectorVi = f.sectorVi();
            return d;
        }
    }

    /** value + unit, or unit SAME_DAY with cutOff "HH:mm". */
    public static class TimeDto {
        public int value;
        @Limit(text = Text.Kind.CODE)
        public String unit;
        @Limit(text = Text.Kind.CODE)
        public String cutOff;
        /** Read-only: "3 ngày làm việc". */
        public String text;

        public static TimeDto of(StatutoryTime t) {
            if (t == null) {
                return null;
            }
            TimeDto d = new TimeDto();
            d.value = t.value();
            d.unit = t.unit().name();
            d.cutOff = t.cutOff() == null ? null : t.cutOff().toString();
            d.text = t.label();
            return d;
        }

        /** The time, or null with each of its problems reported under {@code field} ("time", "onlineTime"). */
        StatutoryTime toTime(String field, List<FieldError> errors) {
            StatutoryUnit u;
            try {
                u = StatutoryUnit.valueOf(unit == null ? "" : unit.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "procedure.time.unitRequired"));
                return null;
            }
            LocalTime c = null;
            if (cutOff != null && !cutOff.isBlank()) {
                try {
                    c = LocalTime.parse(cutOff.length() == 4 ? "0" + cutOff : cutOff);
                } catch (RuntimeException e) {
                    errors.add(new FieldError(field, "procedure.time.cutOffRequired"));
                    return null;
                }
            }
            List<String> problems = StatutoryTime.problems(value, u, c);
            problems.forEach(k -> errors.add(new FieldError(field, k)));
            return problems.isEmpty() ? StatutoryTime.of(value, u, c) : null;
        }
    }

    public static class FeeDto {
        @Limit(text = Text.Kind.NAME)
        public String name;
        @Limit(min = 0, max = Limit.MAX_VND)
        public long amountVnd;
        public String note;
    }

    public static class DocumentDto {
        @Limit(text = Text.Kind.NAME)
        public String name;
        @Limit(min = 0, max = Limit.MAX_COUNT)
        public int copies = 1;
        public boolean original;
        public String note;
    }

    public static class StepDto {
        @Limit(text = Text.Kind.NAME)
        public String name;
        @Limit(min = 0, max = 100)
        public int sharePercent;
        @Limit(min = 0, max = Limit.MAX_COUNT)
        public int hours;
        @Limit(text = Text.Kind.CODE)
        public String unitRef;
        @Limit(text = Text.Kind.CODE)
        public String role;
    }

    public static class PublicationDto {
        @Limit(text = Text.Kind.CODE)
        public String decisionNumber;
        public LocalDate decisionDate;
        public LocalDate effectiveDate;
        public LocalDate nationalDbDate;
    }

    public static class ProcedureSummary {
        public long versionId;
        public String code;
        public String name;
        public String field;
        public String fieldName;
        public List<String> levels;
        public String time;
        public String onlineKind;
        public LocalDate validFrom;
        public boolean generated;

        public static ProcedureSummary of(ProcedureVersion v) {
            ProcedureContent c = v.content();
            ProcedureSummary s = new ProcedureSummary();
            s.versionId = v.getId();
            s.code = v.getCode();
            s.name = v.getName();
            s.field = v.getFieldCode();
            s.fieldName = ProcedureFields.find(v.getFieldCode()).map(ProcedureField::nameVi).orElse(v.getFieldCode());
            s.levels = c.levels().stream().sorted().map(Level::name).toList();
            s.time = c.time().label();
            s.onlineKind = v.getOnlineKind().name();
            s.validFrom = v.getValidFrom();
            s.generated = v.isGenerated();
            return s;
        }
    }

    public static class ProcedurePage {
        public long total;
        public int first;
        public int size;
        public List<ProcedureSummary> items;
    }

    /** One version in a procedure's history, with how it was published. */
    public static class VersionDto {
        public long versionId;
        public LocalDate validFrom;
        public LocalDate validTo;
        public String name;
        public String time;
        public PublicationDto publication;
        public String createdBy;
        public OffsetDateTime createdAt;
        public boolean generated;
    }

    /** Fields shared by what is read and what is written. */
    public static class ProcedureBody {
        @Limit(text = Text.Kind.CODE)
        public String code;
        @Limit(text = Text.Kind.TITLE)
        public String name;
        @Limit(text = Text.Kind.CODE)
        public String field;
        @Limit(text = Text.Kind.CODE)
        public List<String> levels;
        @Limit(text = Text.Kind.CODE)
        public List<String> unitRefs;
        public TimeDto time;
        public TimeDto onlineTime;
        public List<FeeDto> fees;
        public List<DocumentDto> documents;
        @Limit(text = Text.Kind.CODE)
        public String onlineKind;
        public boolean fullOnlineEligible;
        public boolean paperResult = true;
        public boolean individualApplicants = true;
        public List<StepDto> steps;
        public PublicationDto publication;
    }

    public static class ProcedureDto extends ProcedureBody {
        /** The stable id of this version: what a dossier keeps, and what an edit must be based on. */
        public long versionId;
        public String fieldName;
        public LocalDate validFrom;
        public LocalDate validTo;
        public boolean generated;
        public boolean current;
        public List<VersionDto> history;

        public static ProcedureDto of(ProcedureVersion v, List<ProcedureVersion> history) {
            ProcedureContent c = v.content();
            ProcedureDto d = new ProcedureDto();
            d.versionId = v.getId();
            d.code = c.code().value();
            d.name = c.name();
            d.field = c.fieldCode();
            d.fieldName = ProcedureFields.find(c.fieldCode()).map(ProcedureField::nameVi).orElse(c.fieldCode());
            d.levels = c.levels().stream().sorted().map(Level::name).toList();
            d.unitRefs = c.unitRefs();
            d.time = TimeDto.of(c.time());
            d.onlineTime = TimeDto.of(c.onlineTime());
            d.fees = c.fees().stream().map(f -> {
                FeeDto x = new FeeDto();
                x.name = f.name();
                x.amountVnd = f.amountVnd();
                x.note = f.note();
                return x;
            }).toList();
            d.documents = c.documents().stream().map(f -> {
                DocumentDto x = new DocumentDto();
                x.name = f.name();
                x.copies = f.copies();
                x.original = f.original();
                x.note = f.note();
                return x;
            }).toList();
            d.steps = c.steps().stream().map(s -> {
                StepDto x = new StepDto();
                x.name = s.name();
                x.sharePercent = s.sharePercent();
                x.hours = s.hours();
                x.unitRef = s.unitRef();
                x.role = s.role();
                return x;
            }).toList();
            d.onlineKind = c.onlineKind().name();
            d.fullOnlineEligible = c.fullOnlineEligible();
            d.paperResult = c.paperResult();
            d.individualApplicants = c.individualApplicants();
            d.publication = publication(c.publication());
            d.validFrom = v.getValidFrom();
            d.validTo = v.getValidTo();
            d.generated = v.isGenerated();
            d.current = v.getValidTo() == null;
            d.history = history.stream().map(h -> {
                VersionDto x = new VersionDto();
                ProcedureContent hc = h.content();
                x.versionId = h.getId();
                x.validFrom = h.getValidFrom();
                x.validTo = h.getValidTo();
                x.name = h.getName();
                x.time = hc.time().label();
                x.publication = publication(hc.publication());
                x.createdBy = h.getCreatedBy();
                x.createdAt = h.getCreatedAt();
                x.generated = h.isGenerated();
                return x;
            }).toList();
            return d;
        }

        private static PublicationDto publication(Publication p) {
            PublicationDto x = new PublicationDto();
            x.decisionNumber = p.decisionNumber();
            x.decisionDate = p.decisionDate();
            x.effectiveDate = p.effectiveDate();
            x.nationalDbDate = p.nationalDbDate();
            return x;
        }
    }

    public static class ProcedureRequest extends ProcedureBody {
        /** Update only: the versionId the editor read (409 if another edit came first). */
        public Long basedOnVersionId;
        /**
         * Optional: the date the new version takes effect (default today; not before the current version's start).
         * Named apart from the read-only validFrom so that a procedure read and sent back does not backdate an edit.
         */
        public LocalDate versionValidFrom;

        /**
         * Converts to the domain, collecting shape errors and each time's own problems (a content holds only valid
         * times); the content's rules are checked by the service.
         */
        public ProcedureContent toContent(String pathCode) {
            List<FieldError> errors = new ArrayList<>();
            String raw = pathCode != null ? pathCode : code;
            ProcedureCode c = ProcedureCode.isValid(raw) ? new ProcedureCode(raw) : null;
            if (c == null) {
                errors.add(new FieldError("code", "procedure.code.invalid"));
            }
            Set<Level> lv = EnumSet.noneOf(Level.class);
            for (String l : levels == null ? List.<String>of() : levels) {
                try {
                    lv.add(Level.valueOf(l.toUpperCase(Locale.ROOT)));
                } catch (RuntimeException e) {
                    errors.add(new FieldError("levels", "procedure.levels.unknown", l));
                }
            }
            StatutoryTime t = time == null ? null : time.toTime("time", errors);
            if (time == null) {
                errors.add(new FieldError("time", "procedure.time.required"));
            }
            StatutoryTime ot = onlineTime == null ? null : onlineTime.toTime("onlineTime", errors);
            OnlineKind kind = null;
            try {
                kind = OnlineKind.valueOf(onlineKind == null ? "" : onlineKind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("onlineKind", "procedure.onlineKind.required"));
            }
            if (!errors.isEmpty()) {
                throw DomainException.invalid(errors);
            }
            PublicationDto p = publication == null ? new PublicationDto() : publication;
            return new ProcedureContent(c, name, field, lv, unitRefs, t, ot,
                    fees == null ? List.of() : fees.stream().map(f -> new Fee(f.name, f.amountVnd, f.note)).toList(),
                    documents == null ? List.of() : documents.stream()
                            .map(f -> new RequiredDocument(f.name, f.copies, f.original, f.note)).toList(),
                    kind, fullOnlineEligible, paperResult, individualApplicants,
                    steps == null ? List.of() : steps.stream()
                            .map(s -> new ProcessStep(s.name, s.sharePercent, s.hours, s.unitRef, s.role)).toList(),
                    new Publication(p.decisionNumber, p.decisionDate, p.effectiveDate, p.nationalDbDate));
        }
    }

}
