package vn.motcua.catalog.domain;

/** A document the applicant hands in (thành phần hồ sơ): how many copies, and whether an original. */
public record RequiredDocument(String name, int copies, boolean original, String note) {
    public RequiredDocument {
        note = note == null ? "" : note;
    }
}
