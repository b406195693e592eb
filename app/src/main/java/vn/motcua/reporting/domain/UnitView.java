package vn.motcua.reporting.domain;

/**
 * Units as they were (AS_WAS: the competent unit code stored on the dossier, former districts and an absorbed
 * province's units included) or as they are now (AS_IS: each stored code rolled into one unit in force today through
 * the succession links, {@link UnitRollup}).
 */
public enum UnitView {
    AS_WAS, AS_IS
}
