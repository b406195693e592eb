package vn.motcua.units.domain;

import java.util.Objects;

/** The versioned content of a unit: everything that a rename, a move or a recoding may change. */
public record UnitSpec(String name, UnitKind kind, UnitLevel level, Long parentId, UnitCode qcvnCode, UnitCode portalCode) {

    public UnitSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        name = name.strip();
    }

    public UnitSpec withParent(Long parent) {
        return new UnitSpec(name, kind, level, parent, qcvnCode, portalCode);
    }

    public String portal() { return portalCode == null ? null : portalCode.value(); }
    public String qcvn() { return qcvnCode == null ? null : qcvnCode.value(); }
}
