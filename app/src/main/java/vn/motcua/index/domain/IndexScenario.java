package vn.motcua.index.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A what-if of the province's index saved under a name ({@code province.index_scenario}, V23): the question only —
 * the period, the changes, the day of the published ranking to compare with (null: the latest) — never its answer,
 * which is scored again whenever it is opened. {@code version} grows with every update (optimistic lock).
 */
public record IndexScenario(long id, String name, LocalDate from, LocalDate to, LocalDate comparedWith,
                            List<MetricChange> changes, String createdBy, OffsetDateTime createdAt,
                            OffsetDateTime updatedAt, long version) {

    /** The longest name, in characters after NFC. */
    public static final int NAME_MAX = 200;

    public IndexScenario {
        changes = List.copyOf(changes);
    }
}
