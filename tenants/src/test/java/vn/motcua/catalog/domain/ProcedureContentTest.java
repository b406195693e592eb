package vn.motcua.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.shared.DomainException.FieldError;

class ProcedureContentTest {

    static ProcedureContent birthRegistration() {
        return new ProcedureContent(new ProcedureCode("1.001193"), "Thủ tục đăng ký khai sinh", "HO_TICH",
                Set.of(Level.COMMUNE), List.of("H21.17.01"), StatutoryTime.sameDay(LocalTime.of(15, 0)), null,
                List.of(new Fee("Lệ phí đăng ký khai sinh", 0, "Miễn lệ phí")),
                List.of(new RequiredDocument("Tờ khai đăng ký khai sinh", 1, true, ""),
                        new RequiredDocument("Giấy chứng sinh", 1, true, "")),
                OnlineKind.FULL, true, true, true,
                List.of(new ProcessStep("Tiếp nhận hồ sơ", 20, 0, "H21.17.01", "CLERK"),
                        new ProcessStep("Thẩm định, trình ký", 60, 0, "H21.17.01", "OFFICER"),
                        new ProcessStep("Trả kết quả", 20, 0, "H21.17.01", "CLERK")),
                new Publication("1234/QĐ-UBND", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 5)));
    }

    static List<String> keys(ProcedureContent c) {
        return c.validate(f -> f.equals("HO_TICH")).stream().map(FieldError::messageKey).toList();
    }

    static ProcedureContent with(ProcedureContent c, StatutoryTime time, StatutoryTime online, List<ProcessStep> steps) {
        return new ProcedureContent(c.code(), c.name(), c.fieldCode(), c.levels(), c.unitRefs(), time, online, c.fees(),
                c.documents(), c.onlineKind(), c.fullOnlineEligible(), c.paperResult(), c.individualApplicants(), steps,
                c.publication());
    }

    @Test
    void aCompleteProcedureIsValid() {
        assertEquals(List.of(), keys(birthRegistration()));
    }

    @Test
    void stepSharesMustAddUpTo100() {
        ProcedureContent c = with(birthRegistration(), birthRegistration().time(), null,
                List.of(new ProcessStep("Tiếp nhận", 30, 0, "", ""), new ProcessStep("Giải quyết", 60, 0, "", "")));
        List<FieldError> errors = c.validate(f -> true);
        assertEquals(1, errors.size());
        assertEquals("steps", errors.get(0).field());
        assertEquals("procedure.step.sharesSum", errors.get(0).messageKey());
        assertEquals(90, errors.get(0).args()[0]);
    }

    @Test
    void stepsInHoursNeedHoursAndCannotBeMixedWithShares() {
        ProcedureContent hours = with(birthRegistration(), birthRegistration().time(), null,
                List.of(new ProcessStep("Tiếp nhận", 0, 2, "", ""), new ProcessStep("Giải quyết", 0, 6, "", "")));
        assertEquals(List.of(), keys(hours));
        ProcedureContent mixed = with(birthRegistration(), birthRegistration().time(), null,
                List.of(new ProcessStep("Tiếp nhận", 0, 2, "", ""), new ProcessStep("Giải quyết", 100, 0, "", "")));
        assertEquals(List.of("procedure.step.mixed"), keys(mixed));
    }

    @Test
    void oneStepIsJudgedByTheSameRulesAsTheWholeProcess() {
        List<ProcessStep> steps = List.of(new ProcessStep("Tiếp nhận", 20, 0, "", ""), new ProcessStep(" ", 65, 0, "", ""));
        assertEquals(true, ProcessStep.byShare(steps));
        assertEquals(85, ProcessStep.shareTotal(steps));
        assertEquals(java.util.Optional.of("procedure.step.nameRequired"), steps.get(1).nameProblem());
        assertEquals(java.util.Optional.empty(), steps.get(0).durationProblem(true));
        assertEquals(java.util.Optional.of("procedure.step.durationRequired"), steps.get(0).durationProblem(false));
        assertEquals(java.util.Optional.of("procedure.step.mixed"), new ProcessStep("Ký", 0, 4, "", "").durationProblem(true));
        assertEquals(false, new RequiredDocument("Tờ khai", 21, true, "").valid());
        assertEquals(false, new Fee("Lệ phí", -1, "").valid());
        assertEquals(true, new Fee("Lệ phí", Fee.MAX_AMOUNT_VND, "").valid());
    }

    @Test
    void aTimeIsRequired() {
        // the time's own input checks are StatutoryTime.problems (kernel StatutoryTimeTest): a content holds only valid times
        List<FieldError> e = with(birthRegistration(), null, null, List.of()).validate(f -> f.equals("HO_TICH"));
        assertEquals(List.of("time:procedure.time.required"),
                e.stream().map(x -> x.field() + ":" + x.messageKey()).toList());
    }

    @Test
    void onlineTimeCannotBeLongerThanTheStandardTime() {
        ProcedureContent ok = with(birthRegistration(), StatutoryTime.workingDays(30),
                StatutoryTime.workingDays(20), List.of());
        assertEquals(List.of(), keys(ok));
        ProcedureContent longer = with(birthRegistration(), StatutoryTime.workingDays(3),
                StatutoryTime.months(1), List.of());
        assertEquals(List.of("procedure.onlineTime.longer"), keys(longer));
        ProcedureContent hoursVsDay = with(birthRegistration(), StatutoryTime.workingDays(1),
                StatutoryTime.workingHours(4), List.of());
        assertEquals(List.of(), keys(hoursVsDay));
    }

    @Test
    void fullOnlineNeedsEligibilityAndKnownFieldAndLevel() {
        ProcedureContent c = birthRegistration();
        ProcedureContent notEligible = new ProcedureContent(c.code(), c.name(), "KHONG_CO", Set.of(), c.unitRefs(),
                c.time(), null, c.fees(), c.documents(), OnlineKind.FULL, false, true, true, c.steps(), c.publication());
        List<String> k = keys(notEligible);
        assertTrue(k.contains("procedure.fullOnline.notEligible"), k.toString());
        assertTrue(k.contains("procedure.field.unknown"), k.toString());
        assertTrue(k.contains("procedure.levels.required"), k.toString());
    }

    @Test
    void publicationDatesAreInOrder() {
        ProcedureContent c = birthRegistration();
        ProcedureContent bad = new ProcedureContent(c.code(), c.name(), c.fieldCode(), c.levels(), c.unitRefs(),
                c.time(), null, c.fees(), c.documents(), c.onlineKind(), true, true, true, c.steps(),
                new Publication("1/QĐ", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)));
        assertEquals(List.of("procedure.publication.effectiveBeforeDecision", "procedure.publication.publishedBeforeDecision"),
                keys(bad));
    }

    @Test
    void procedureCodesFollowTheNationalPattern() {
        assertEquals("1.001234", new ProcedureCode(" 1.001234 ").value());
        assertTrue(ProcedureCode.isValid("2.000815"));
        assertFalse(ProcedureCode.isValid("1.1234"));
        assertFalse(ProcedureCode.isValid("BTP-123"));
        assertThrows(IllegalArgumentException.class, () -> new ProcedureCode("12.000001"));
    }

    @Test
    void searchIgnoresVietnameseAccentsAndCase() {
        assertEquals("thu tuc dang ky khai sinh", SearchText.fold("Thủ tục  Đăng ký khai sinh"));
        assertTrue(SearchText.fold("Lĩnh vực Hộ tịch").contains(SearchText.fold("ho tich")));
        assertEquals(SearchText.fold("hộ tịch"), SearchText.fold("ho\u0323 ti\u0323ch")); // combining marks
    }

    @Test
    void listsRoundTripThroughTheirTextForm() {
        ProcedureContent c = birthRegistration();
        assertEquals(c.fees(), ProcedureLists.parseFees(ProcedureLists.fees(c.fees())));
        assertEquals(c.documents(), ProcedureLists.parseDocuments(ProcedureLists.documents(c.documents())));
        assertEquals(c.steps(), ProcedureLists.parseSteps(ProcedureLists.steps(c.steps())));
        assertEquals(List.of(new Fee("Lệ phí", 1_500_000, "")), ProcedureLists.parseFees("Lệ phí|1.500.000|"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcedureLists.parseSteps("Tiếp nhận|10%||\nGiải quyết|nhiều||"));
        assertTrue(e.getMessage().startsWith("item 2"), e.getMessage());
    }
}
