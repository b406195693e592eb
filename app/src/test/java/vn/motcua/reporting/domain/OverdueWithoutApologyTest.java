package vn.motcua.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.domain.OverdueWithoutApology.Reason;

class OverdueWithoutApologyTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-05T10:00:00+07:00");

    @Test
    void overdueOnceItsOverdueInstantHasPassed() {
        assertEquals(List.of(Reason.OVERDUE),
                OverdueWithoutApology.reasons(OffsetDateTime.parse("2026-12-04T09:00:00+07:00"), 1, NOW));
        assertEquals(List.of(), OverdueWithoutApology.reasons(OffsetDateTime.parse("2026-12-05T10:00:00+07:00"), 0, NOW),
                "due this very instant: not yet overdue");
        assertEquals(List.of(), OverdueWithoutApology.reasons(null, 1, NOW), "waiting for the applicant within time");
    }

    @Test
    void aSecondSupplementRequestCountsAsOverdueForTheIndex() {
        assertEquals(List.of(Reason.SECOND_SUPPLEMENT), OverdueWithoutApology.reasons(null, 2, NOW));
        assertEquals(List.of(Reason.OVERDUE, Reason.SECOND_SUPPLEMENT),
                OverdueWithoutApology.reasons(OffsetDateTime.parse("2026-11-30T09:00:00+07:00"), 3, NOW));
    }
}
