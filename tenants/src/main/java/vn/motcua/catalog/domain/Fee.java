package vn.motcua.catalog.domain;

/** A fee or charge (phí, lệ phí) in Vietnamese đồng. */
public record Fee(String name, long amountVnd, String note) {

    /**
     * The most any fee, or a dossier's fees together, may be: 10^15 đồng, far above any real charge and far below
     * where a sum of them could wrap. The API refuses amounts beyond it (issue 11: 1e20 was stored wrapped).
     */
    public static final long MAX_AMOUNT_VND = 1_000_000_000_000_000L;

    public Fee {
        note = note == null ? "" : note;
    }

    /** Whether the fee has a name and an amount from 0 to {@link #MAX_AMOUNT_VND} (else {@code procedure.fee.invalid}). */
    public boolean valid() {
        return name != null && !name.isBlank() && amountVnd >= 0 && amountVnd <= MAX_AMOUNT_VND;
    }
}
