package vn.motcua.index.interfaces.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.index.application.IndexScenarioService;
import vn.motcua.index.domain.IndexScenario;
import vn.motcua.index.domain.MetricChange;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.IndexChangeRequest;
import vn.motcua.index.interfaces.rest.TenantIndexDtos.SimulationDto;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Messages;
import vn.motcua.shared.Text;
import vn.motcua.shared.interfaces.rest.Limit;

/**
 * Bodies of the saved what-if scenarios: saveIndexScenario, listIndexScenarios, getIndexScenario, updateIndexScenario.
 * Fields are described here, not with {@code @Schema(description)}: Payara's scanner then lists only the annotated
 * fields of a class in the document.
 */
public final class IndexScenarioDtos {

    private IndexScenarioDtos() { }

    /** saveIndexScenario's body: a name and what simulateIndex takes. */
    public static class SaveIndexScenarioRequest {
        /** Unique in the province, at most 200 characters. */
        @Limit(text = Text.Kind.NAME)
        public String name;
        public LocalDate from;
        public LocalDate to;
        /** The day of the published ranking to compare with (by default the latest when the scenario is opened). */
        public LocalDate comparedWith;
        /** The changed counts, as simulateIndex takes them. */
        public List<IndexChangeRequest> changes;
    }

    /** updateIndexScenario's body: the whole scenario again, and the version read. */
    public static class UpdateIndexScenarioRequest {
        /** Unique in the province, at most 200 characters. */
        @Limit(text = Text.Kind.NAME)
        public String name;
        public LocalDate from;
        public LocalDate to;
        /** The day of the published ranking to compare with (by default the latest when the scenario is opened). */
        public LocalDate comparedWith;
        /** The changed counts, as simulateIndex takes them. */
        public List<IndexChangeRequest> changes;
        /** The version read (getIndexScenario, listIndexScenarios): another one gets 409. */
        public Long version;
    }

    /** A saved scenario: what it asks, by whom and when, and its version for an update. */
    public static class IndexScenarioDto {
        public long id;
        public String name;
        public LocalDate from;
        public LocalDate to;
        public LocalDate comparedWith;
        /** The changed counts, as simulateIndex takes them. */
        public List<IndexChangeRequest> changes;
        public String createdBy;
        public OffsetDateTime createdAt;
        public OffsetDateTime updatedAt;
        /** Send it back with updateIndexScenario, to detect concurrent edits. */
        public long version;

        static IndexScenarioDto of(IndexScenario s) {
            IndexScenarioDto d = new IndexScenarioDto();
            d.id = s.id();
            d.name = s.name();
            d.from = s.from();
            d.to = s.to();
            d.comparedWith = s.comparedWith();
            d.changes = s.changes().stream().map(IndexScenarioDto::change).toList();
            d.createdBy = s.createdBy();
            d.createdAt = s.createdAt();
            d.updatedAt = s.updatedAt();
            d.version = s.version();
            return d;
        }

        private static IndexChangeRequest change(MetricChange c) {
            IndexChangeRequest r = new IndexChangeRequest();
            r.unitCode = c.unitCode();
            r.metricCode = c.metricCode();
            r.numerator = c.numerator();
            r.denominator = c.denominator();
            return r;
        }
    }

    /** A change saved earlier that cannot be applied to the data as they are now (e.g. its unit was merged away). */
    public static class ScenarioRefusalDto {
        /** The change, e.g. changes[0].unitCode. */
        public String field;
        public String message;

        static ScenarioRefusalDto of(FieldError e, java.util.Locale locale) {
            ScenarioRefusalDto d = new ScenarioRefusalDto();
            d.field = e.field();
            d.message = Messages.format(locale, e.messageKey(), e.args());
            return d;
        }
    }

    /** A saved scenario with what it gives on the data as they are now. */
    public static class IndexScenarioResultDto {
        public IndexScenarioDto scenario;
        /** simulateIndex's answer for the scenario today; null when a change no longer applies (see refusals). */
        public SimulationDto result;
        /** Why the scenario cannot be scored today; empty when it is. */
        public List<ScenarioRefusalDto> refusals;

        static IndexScenarioResultDto of(IndexScenarioService.Opened o, java.util.Locale locale) {
            IndexScenarioResultDto d = new IndexScenarioResultDto();
            d.scenario = IndexScenarioDto.of(o.scenario());
            d.result = o.result().simulation() == null ? null : SimulationDto.of(o.result().simulation());
            d.refusals = o.result().refusals().stream().map(e -> ScenarioRefusalDto.of(e, locale)).toList();
            return d;
        }
    }
}
