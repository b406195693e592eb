package vn.motcua.dossier.domain;

import java.time.LocalDate;

/**
 * The legal regime a dossier keeps from its receipt: Decree 61/2018 with the forms of Circular 01/2018 until
 * 30/06/2025, Decree 118/2025 with Circular 03/2025 from 01/07/2025.
 */
public enum FormRegime {
    TT01_2018, TT03_2025;

    public static final LocalDate REGIME_2025 = LocalDate.of(2025, 7, 1);

    public static FormRegime onReceipt(LocalDate day) {
        return day.isBefore(REGIME_2025) ? TT01_2018 : TT03_2025;
    }

    /** Under the 2025 rules the apology is also a request to extend the processing time. */
    public boolean apologyIsExtensionRequest() {
        return this == TT03_2025;
    }
}
