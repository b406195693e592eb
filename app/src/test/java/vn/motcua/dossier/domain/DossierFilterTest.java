package vn.motcua.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.DossierFilter.Lateness;

class DossierFilterTest {

    static DossierFilter with(Integer status, Lateness lateness) {
        return new DossierFilter(null, null, null, null, null, null, status, null, null, null, null, null, lateness,
                null, null, DossierFilter.Sort.RECEIVED_DESC);
    }

    @Test
    void finishedLateCannotBeOpenAndOverdueCannotBeEnded() {
        assertTrue(with(4, Lateness.LATE).matchesNothing(), "processing: not finished, so not finished late");
        assertTrue(with(1, Lateness.LATE).matchesNothing(), "submitted");
        assertTrue(with(10, Lateness.OVERDUE).matchesNothing(), "returned: no longer runs against its due time");
        assertTrue(with(7, Lateness.DUE_SOON).matchesNothing(), "withdrawn");
    }

    @Test
    void possibleCombinationsAreSearched() {
        assertFalse(with(10, Lateness.LATE).matchesNothing(), "returned late");
        assertFalse(with(7, Lateness.LATE).matchesNothing(), "withdrawn when already late");
        assertFalse(with(5, Lateness.OVERDUE).matchesNothing(), "waiting for a supplement, overdue");
        assertFalse(with(2, Lateness.DUE_SOON).matchesNothing());
        assertFalse(with(null, Lateness.LATE).matchesNothing(), "any status");
        assertFalse(with(4, null).matchesNothing(), "any lateness");
    }
}
