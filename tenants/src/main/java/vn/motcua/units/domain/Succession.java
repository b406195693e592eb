package vn.motcua.units.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * From {@code date} on, (part of) the work of {@code predecessorId} is done by {@code successorId}.
 * Always stored predecessor → successor, whatever the type, so that mapping old units forward is one walk.
 */
public record Succession(long predecessorId, long successorId, LocalDate date, SuccessionType type) {

    public Succession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        if (predecessorId == successorId) {
            throw new IllegalArgumentException("a unit cannot succeed itself: " + predecessorId);
        }
    }
}
