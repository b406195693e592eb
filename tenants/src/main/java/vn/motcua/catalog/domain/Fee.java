package vn.motcua.catalog.domain;

/** A fee or charge (phí, lệ phí) in Vietnamese đồng. */
public record Fee(String name, long amountVnd, String note) {
    public Fee {
        note = note == null ? "" : note;
    }
}
