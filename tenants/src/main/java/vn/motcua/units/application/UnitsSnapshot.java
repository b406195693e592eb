package vn.motcua.units.application;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.units.domain.UnitHistory;

/** One province's units as read in one transaction: the history plus each unit's identity record. */
public record UnitsSnapshot(UnitHistory history, Map<Long, Identity> identities) {

    /** {@code version} is the optimistic-lock value a client sends back with a change. */
    public record Identity(long id, boolean generated, String originTenant, Long originUnitId, long version) { }

    public Identity identity(long id) {
        return identities.get(id);
    }

    public Set<Long> generatedIds() {
        return identities.values().stream().filter(Identity::generated).map(Identity::id).collect(Collectors.toSet());
    }
}
