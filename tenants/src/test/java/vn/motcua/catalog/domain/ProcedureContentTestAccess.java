package vn.motcua.catalog.domain;

/** Lets tests in other packages use the sample procedure. */
public final class ProcedureContentTestAccess {
    private ProcedureContentTestAccess() { }

    public static ProcedureContent birthRegistration() {
        return ProcedureContentTest.birthRegistration();
    }
}
