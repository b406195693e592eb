package vn.motcua.reporting.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FactMergesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void aProvinceThatNeverImportedIsMergedAtEveryTurn() {
        assertTrue(new FactMerges().due("gia-lai", NOW));
    }

    @Test
    void aProvinceImportingWaitsUntilItsImportsAreQuietForTenSeconds() {
        FactMerges merges = new FactMerges();
        merges.merged("gia-lai", NOW.minusSeconds(60));
        merges.importing("gia-lai", NOW.minusSeconds(30));
        assertFalse(merges.due("gia-lai", NOW), "a batch in flight");
        merges.imported("gia-lai", NOW.minusSeconds(5));
        assertFalse(merges.due("gia-lai", NOW), "the last batch ended 5 s ago: another may follow");
        assertTrue(merges.due("gia-lai", NOW.plusSeconds(5)), "quiet for 10 s");
        assertTrue(merges.due("binh-dinh", NOW), "another province is not held by this one's import");
    }

    @Test
    void aLongImportIsMergedFifteenMinutesAfterTheLastMerge() {
        FactMerges merges = new FactMerges();
        merges.merged("gia-lai", NOW.minusSeconds(899));
        merges.importing("gia-lai", NOW.minusSeconds(1));
        assertFalse(merges.due("gia-lai", NOW));
        assertTrue(merges.due("gia-lai", NOW.plusSeconds(1)));
    }

    @Test
    void twoBatchesInFlightHoldTheMergeUntilBothEnd() {
        FactMerges merges = new FactMerges();
        merges.merged("gia-lai", NOW.minusSeconds(60));
        merges.importing("gia-lai", NOW.minusSeconds(40));
        merges.importing("gia-lai", NOW.minusSeconds(35));
        merges.imported("gia-lai", NOW.minusSeconds(30));
        assertFalse(merges.due("gia-lai", NOW), "one batch still in flight");
        merges.imported("gia-lai", NOW.minusSeconds(20));
        assertTrue(merges.due("gia-lai", NOW));
    }
}
