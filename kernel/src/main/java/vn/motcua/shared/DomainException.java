package vn.motcua.shared;

import java.util.List;

/**
 * A refusal the caller can act on. {@link #messageKey()} names a message in the {@code Problems}
 * bundle so the REST layer and the web UI can tell it in Vietnamese or English.
 */
public class DomainException extends RuntimeException {

    /** TOO_MANY: throttled (HTTP 429). */
    public enum Kind { NOT_FOUND, INVALID, CONFLICT, FORBIDDEN, TOO_MANY }

    public record FieldError(String field, String messageKey, Object... args) { }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldError> fieldErrors;

    public DomainException(Kind kind, String messageKey, Object... args) {
        this(kind, List.of(), messageKey, args);
    }

    public DomainException(Kind kind, List<FieldError> fieldErrors, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(Kind.NOT_FOUND, messageKey, args);
    }

    public static DomainException invalid(String messageKey, Object... args) {
        return new DomainException(Kind.INVALID, messageKey, args);
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(Kind.INVALID, errors, "validation.failed");
    }

    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(Kind.CONFLICT, messageKey, args);
    }

    public static DomainException tooMany(String messageKey, Object... args) {
        return new DomainException(Kind.TOO_MANY, messageKey, args);
    }

    public static DomainException forbidden(String messageKey, Object... args) {
        return new DomainException(Kind.FORBIDDEN, messageKey, args);
    }

    public Kind kind() { return kind; }
    public String messageKey() { return messageKey; }
    public Object[] args() { return args.clone(); }
    public List<FieldError> fieldErrors() { return fieldErrors; }
}
