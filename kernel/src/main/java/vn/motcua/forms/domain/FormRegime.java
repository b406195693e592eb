package vn.motcua.forms.domain;

import java.time.LocalDate;

/**
 * The legal regime a dossier keeps from its receipt, named after the circular of its form set: Decree 61/2018 with
 * the forms of Circular 01/2018, then Decree 118/2025 with Circular 03/2025. Which one is in force on a day is the
 * form-set data's answer ({@link FormSet#inForceOn}, {@code form-sets.csv}), never a date written in code.
 */
public enum FormRegime {
    TT01_2018("01/2018/TT-VPCP"), TT03_2025("03/2025/TT-VPCP");

    private final String circular;

    FormRegime(String circular) {
        this.circular = circular;
    }

    /** The regime of a dossier received on {@code day} (business zone): that of the form set in force then. */
    public static FormRegime onReceipt(LocalDate day) {
        return of(FormSet.inForceOn(day));
    }

    public static FormRegime of(FormSet set) {
        for (FormRegime r : values()) {
            if (r.circular.equals(set.circular())) {
                return r;
            }
        }
        throw new IllegalStateException("no regime for the form set of circular " + set.circular());
    }

    /** The form set of this regime. */
    public FormSet formSet() {
        return FormSet.byCircular(circular);
    }

    /** Under the 2025 rules the apology is also a request to extend the processing time. */
    public boolean apologyIsExtensionRequest() {
        return this == TT03_2025;
    }
}
