package vn.motcua.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTextTest {

    @Test
    void aSubmittedDossiersPlannedSharesSurviveTheTextAndBecomeBudgetsAtAcceptance() {
        Dossier d = DossierTest.receive("2025-11-03T09:00", 4, Channel.ONLINE, Receipt.Outcome.SUBMITTED);
        List<Step> planned = StepText.read(StepText.write(d.steps()));
        assertEquals(50, planned.get(1).sharePercent());
        assertEquals(0, planned.get(1).pausedNanos());
        d.accept(DossierTest.at("2025-11-03T09:00"), TransitionTableTest.ANYONE, DossierTest.CLOCK, DossierTest.PEOPLE);
        // 4 days × 7.5 h = 30 h shared 50/50.
        assertEquals(15 * DossierTest.HOUR, d.steps().get(1).budgetNanos());
    }

    @Test
    void linesWrittenBeforeTheShareColumnReadTheirShareFromTheOldMarker() {
        String legacy = "Thẩm định|PROCESS|OFFICER|H21.05||0||||-60|";
        Step s = StepText.read(legacy).get(0);
        assertEquals(60, s.sharePercent());
        assertEquals(0, s.pausedNanos());
    }
}
