package vn.motcua.forms.domain;

/**
 * The form asked for does not exist in the set in force (e.g. a notice of stopping for a dossier received under
 * Circular 01/2018). A caller's error: map it to 4xx.
 */
public class FormNotInSetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final FormKind kind;
    private final String circular;

    public FormNotInSetException(FormKind kind, String circular) {
        super("Circular " + circular + " has no form " + kind);
        this.kind = kind;
        this.circular = circular;
    }

    public FormKind kind() {
        return kind;
    }

    /** The circular of the set, e.g. "01/2018/TT-VPCP". */
    public String circular() {
        return circular;
    }
}
