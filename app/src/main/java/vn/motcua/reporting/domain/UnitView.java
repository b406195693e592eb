package vn.motcua.reporting.domain;

/**
 * Units as they were (the competent unit stored on the dossier) or as they are (rolled into today's successors
 * through the succession links; not available yet).
 */
public enum UnitView {
    AS_WAS, AS_IS
}
