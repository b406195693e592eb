package vn.motcua.catalog.domain;

/** A document the applicant hands in (thành phần hồ sơ): how many copies, and whether an original. */
public record RequiredDocument(String name, int copies, boolean original, String note) {

    /** The most copies a document may ask for. */
    public static final int MAX_COPIES = 20;

    public RequiredDocument {
        note = note == null ? "" : note;
    }

    /** Whether the document has a name and 1 to {@link #MAX_COPIES} copies (else {@code procedure.document.invalid}). */
    public boolean valid() {
        return name != null && !name.isBlank() && copies >= 1 && copies <= MAX_COPIES;
    }
}
