package vn.motcua.deadline.domain;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A computed due time and how it was reached. */
public record Deadline(OffsetDateTime due, Explanation explanation) {

    public Deadline {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(explanation, "explanation");
    }
}
