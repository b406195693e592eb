package vn.motcua.units.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a change to the unit tree would write: the same object is shown as a preview and applied, so the
 * preview cannot differ from what happens. New units carry negative temporary ids until they are written.
 * Nothing is ever deleted or rewritten: versions are only closed (their valid_to set) and new ones added.
 */
public record UnitPlan(List<NewUnit> newUnits, List<Closing> closings, List<UnitVersion> newVersions,
                       List<Succession> successions) {

    /** A unit to create; {@code tempId} < 0 is replaced by the real id wherever it appears in the plan. */
    public record NewUnit(long tempId, boolean generated, String originTenant, Long originUnitId) { }

    /** The version of {@code unitId} starting {@code versionFrom} ends on {@code lastDay}. */
    public record Closing(long unitId, LocalDate versionFrom, LocalDate lastDay) { }

    public UnitPlan {
        newUnits = List.copyOf(newUnits);
        closings = List.copyOf(closings);
        newVersions = List.copyOf(newVersions);
        successions = List.copyOf(successions);
    }

    public boolean isEmpty() {
        return newUnits.isEmpty() && closings.isEmpty() && newVersions.isEmpty() && successions.isEmpty();
    }

    /** Mutable collector used by the planning rules. */
    static final class Builder {
        final List<NewUnit> newUnits = new ArrayList<>();
        final List<Closing> closings = new ArrayList<>();
        final List<UnitVersion> newVersions = new ArrayList<>();
        final List<Succession> successions = new ArrayList<>();
        private long nextTemp = -1;

        long newUnit(boolean generated, String originTenant, Long originUnitId) {
            long id = nextTemp--;
            newUnits.add(new NewUnit(id, generated, originTenant, originUnitId));
            return id;
        }

        UnitPlan build() {
            return new UnitPlan(newUnits, closings, newVersions, successions);
        }
    }
}
