package vn.motcua.units.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a unit was during [validFrom, validTo] (validTo inclusive; null = still so). A rename, a move or a new
 * code closes one version and opens the next; a version's content is never changed afterwards.
 */
public record UnitVersion(long unitId, LocalDate validFrom, LocalDate validTo, UnitSpec spec) {

    public UnitVersion {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(spec, "spec");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo before validFrom for unit " + unitId);
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public UnitVersion closedOn(LocalDate lastDay) {
        return new UnitVersion(unitId, validFrom, lastDay, spec);
    }

    public String name() { return spec.name(); }
    public UnitKind kind() { return spec.kind(); }
    public UnitLevel level() { return spec.level(); }
    public Long parentId() { return spec.parentId(); }
}
