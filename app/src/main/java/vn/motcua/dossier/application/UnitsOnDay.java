package vn.motcua.dossier.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.units.application.UnitsInForce;
import vn.motcua.units.domain.UnitVersion;

/**
 * The current province's units in force on one day, by portal code, each read once: a receipt or a dossier page
 * names the same few units several times. Lives for one transaction (or hands what it found on to the next, see
 * {@link #known}).
 */
public final class UnitsOnDay {

    private final UnitsInForce units;
    private final LocalDate day;
    private final Map<String, Optional<UnitVersion>> found = new HashMap<>();

    public UnitsOnDay(UnitsInForce units, LocalDate day) {
        this.units = units;
        this.day = day;
    }

    /** A unit already read (in an earlier transaction of the same request), so that it is not read again. */
    public void known(UnitVersion unit) {
        if (unit != null && unit.spec().portal() != null) {
            found.put(unit.spec().portal(), Optional.of(unit));
        }
    }

    /** The unit carrying {@code portalCode} on the day; empty for a blank code or none. */
    public Optional<UnitVersion> find(String portalCode) {
        if (portalCode == null || portalCode.isBlank()) {
            return Optional.empty();
        }
        return found.computeIfAbsent(portalCode, c -> units.find(c, day));
    }

    /** The unit's name on the day, or the code itself when no unit carries it. */
    public String name(String portalCode) {
        return find(portalCode).map(UnitVersion::name).orElse(portalCode);
    }
}
