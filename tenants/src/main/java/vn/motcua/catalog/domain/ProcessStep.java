package vn.motcua.catalog.domain;

/**
 * One step of the internal process (quy trình nội bộ): its share of the processing time in percent, or a fixed
 * number of working hours (then {@code sharePercent} is 0), and the unit (stable id/code) and role performing it.
 */
public record ProcessStep(String name, int sharePercent, int hours, String unitRef, String role) {
    public ProcessStep {
        unitRef = unitRef == null ? "" : unitRef;
        role = role == null ? "" : role;
    }
}
