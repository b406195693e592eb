package vn.motcua.dossier.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.deadline.domain.DeadlineCalculator;
import vn.motcua.deadline.domain.Explanation;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.TestCalendars;

class DeadlineTextTest {

    private static final Explanation EXPLANATION = new DeadlineCalculator(TestCalendars.NATIONAL)
            .compute(OffsetDateTime.parse("2026-03-10T09:00+07:00"), StatutoryTime.workingDays(3)).explanation();
    private static final long HOUR = 3_600_000_000_000L;

    @Test
    void withoutWaitingItIsTheEnginesExplanation() {
        assertEquals(EXPLANATION.toVietnamese(), DeadlineText.explain(EXPLANATION, 0, Locale.forLanguageTag("vi")));
        assertEquals(EXPLANATION.toEnglish(), DeadlineText.explain(EXPLANATION, 0, Locale.ENGLISH));
        assertEquals(EXPLANATION.toVietnamese(), DeadlineText.explain(EXPLANATION, 0, null));
    }

    @Test
    void theTimeWaitedForTheApplicantFollowsInTheLanguagesNumberFormat() {
        long waited = 12 * HOUR + HOUR / 2;
        assertEquals(EXPLANATION.toVietnamese() + "\nThời hạn được lùi thêm 12,5 giờ làm việc, là thời gian hồ sơ chờ "
                + "công dân bổ sung hoặc thực hiện nghĩa vụ tài chính.",
                DeadlineText.explain(EXPLANATION, waited, Locale.forLanguageTag("vi")));
        assertEquals(EXPLANATION.toEnglish() + "\nThe due time moved by 12.5 working hours, the time the dossier "
                + "waited for the applicant (supplement or financial obligation).",
                DeadlineText.explain(EXPLANATION, waited, Locale.ENGLISH));
    }

    @Test
    void aFewMinutesOfWaitingAreNotCalledZeroHours() {
        long threeMinutes = HOUR / 20;
        assertEquals(EXPLANATION.toVietnamese() + "\nThời hạn được lùi thêm chưa đến 0,1 giờ làm việc, là thời gian hồ "
                + "sơ chờ công dân bổ sung hoặc thực hiện nghĩa vụ tài chính.",
                DeadlineText.explain(EXPLANATION, threeMinutes - 1, Locale.forLanguageTag("vi")));
        assertEquals(EXPLANATION.toEnglish() + "\nThe due time moved by 0.1 working hours, the time the dossier "
                + "waited for the applicant (supplement or financial obligation).",
                DeadlineText.explain(EXPLANATION, threeMinutes, Locale.ENGLISH));
    }

    @Test
    void hoursKeepOneDecimalAtMost() {
        assertEquals("8", DeadlineText.hours(8 * HOUR, Locale.forLanguageTag("vi")));
        assertEquals("1.3", DeadlineText.hours(HOUR + HOUR / 4, Locale.ENGLISH));
        assertEquals("1,3", DeadlineText.hours(HOUR + HOUR / 4, Locale.forLanguageTag("vi")));
        assertEquals("1.234,5", DeadlineText.hours(1234 * HOUR + HOUR / 2, Locale.forLanguageTag("vi")));
    }

    /** The worklist and the dossier page show office hours with these (moved from DossierTextsTest). */
    @Test
    void officeHoursAreShownWithOneDecimalInTheSessionsNumberFormat() {
        Locale vi = Locale.forLanguageTag("vi");
        assertEquals("12,5", DeadlineText.hours(12 * HOUR + HOUR / 2, vi));
        assertEquals("12.5", DeadlineText.hours(12 * HOUR + HOUR / 2, Locale.ENGLISH));
        assertEquals("8", DeadlineText.hours(8 * HOUR, vi));
        assertEquals("-3", DeadlineText.hours(-3 * HOUR, vi));
    }
}
