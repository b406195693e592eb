package vn.motcua.dossier.domain;

/** Picks the official for a step of a unit and role (the application service knows the people). */
@FunctionalInterface
public interface Assignees {

    /** The username, or null when nobody fits (the step then waits in the unit's queue for a leader to assign). */
    String pick(String unitCode, String role);

    Assignees NOBODY = (unit, role) -> null;
}
