package vn.motcua.units.domain;

/** What a unit is; decides where it may sit in the tree and how an absorbed province's units are matched. */
public enum UnitKind {
    PEOPLES_COMMITTEE, DEPARTMENT, DISTRICT, COMMUNE, WARD, SERVICE_CENTRE, ONE_STOP_DESK, OTHER
}
