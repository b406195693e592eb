package vn.motcua.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStepsTest {

    static OffsetDateTime t(String hm) {
        return OffsetDateTime.parse("2026-03-02T" + hm + ":00+07:00");
    }

    static Step step(String name, String started, String finished, String by) {
        return new Step(name, StepKind.PROCESS, "OFFICER", "H27.05", null, 0, started == null ? null : t(started), null,
                finished == null ? null : t(finished), 0, by);
    }

    /** Received 08:00; examined 08:00–10:00 by the officer; signed from 10:00, still running. */
    static final List<Step> STEPS = List.of(step("Tiếp nhận", "08:00", "08:00", "clerk"),
            step("Thẩm định hồ sơ", "08:00", "10:00", "officer"), step("Ký duyệt", "10:00", null, null),
            step("Trả kết quả", null, null, null));

    @Test
    void anEventThatEndsAStepNamesThatStepNotTheOneItStarts() {
        assertEquals(1, EventSteps.of(STEPS, t("10:00"), "officer"));
        assertEquals(0, EventSteps.of(STEPS, t("08:00"), "clerk"), "the receipt ends the receipt step");
    }

    @Test
    void anyOtherEventNamesTheStepRunningAtItsInstant() {
        assertEquals(1, EventSteps.of(STEPS, t("09:00"), "officer"));
        assertEquals(2, EventSteps.of(STEPS, t("11:00"), "leader"));
    }

    @Test
    void instantsStoredToTheMicrosecondStillMatch() {
        assertEquals(1, EventSteps.of(STEPS, t("10:00").plusNanos(400), "officer"));
    }

    @Test
    void beforeTheStepsThereIsNone() {
        assertEquals(-1, EventSteps.of(STEPS, t("07:00"), "clerk"));
    }
}
