package vn.motcua.units.application;

/** What a person or a file says a unit should be; validated into a {@code UnitSpec}. */
public record UnitInput(String name, String kind, String level, Long parentId, String qcvnCode, String portalCode) {
}
