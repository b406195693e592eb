package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.domain.Fee;
import vn.motcua.catalog.domain.ProcessStep;
import vn.motcua.catalog.domain.RequiredDocument;

class ProcedureEditorRowsTest {

    private static ProcedureEditorRows.StepRow step(String name, Integer amount, String unit, String role) {
        ProcedureEditorRows.StepRow r = new ProcedureEditorRows.StepRow();
        r.setName(name);
        r.setAmount(amount);
        r.setUnitRef(unit);
        r.setRole(role);
        return r;
    }

    @Test
    void rowsBecomeTheDomainsStepsAndTheTotalSaysHowFarFrom100() {
        ProcedureEditorRows rows = ProcedureEditorRows.of(null);
        assertEquals("none", rows.getTotalState());
        rows.getSteps().add(step(" Tiếp nhận ", 20, "H21.XA", "CLERK"));
        rows.getSteps().add(step("Thẩm định", 65, "H21.16", "OFFICER"));
        assertEquals(85, rows.getShareTotal());
        assertEquals(15, rows.getShareGap());
        assertEquals("short", rows.getTotalState());
        rows.getSteps().get(1).setAmount(90);
        assertEquals("over", rows.getTotalState());
        assertEquals(10, rows.getShareGap());
        rows.getSteps().get(1).setAmount(80);
        assertEquals("ok", rows.getTotalState());
        assertEquals(List.of(new ProcessStep("Tiếp nhận", 20, 0, "H21.XA", "CLERK"),
                new ProcessStep("Thẩm định", 80, 0, "H21.16", "OFFICER")), rows.processSteps());

        rows.setTiming("HOURS");
        assertEquals("hours", rows.getTotalState());
        assertEquals(100, rows.getHoursTotal());
        assertEquals(new ProcessStep("Tiếp nhận", 0, 20, "H21.XA", "CLERK"), rows.processSteps().get(0));
    }

    @Test
    void rowsMoveAndGo() {
        ProcedureEditorRows rows = ProcedureEditorRows.of(null);
        rows.getSteps().add(step("A", 50, "", ""));
        rows.getSteps().add(step("B", 30, "", ""));
        rows.getSteps().add(step("C", 20, "", ""));
        rows.move("steps", 2, -1);
        rows.move("steps", 0, -1); // the first cannot go up
        assertEquals(List.of("A", "C", "B"), rows.getSteps().stream().map(ProcedureEditorRows.StepRow::getName).toList());
        rows.remove("steps", 0);
        rows.move("steps", 1, 1); // the last cannot go down
        assertEquals(List.of("C", "B"), rows.getSteps().stream().map(ProcedureEditorRows.StepRow::getName).toList());
    }

    @Test
    void eachRowsProblemIsTheDomainsAndSitsBesideItsField() {
        ProcedureEditorRows rows = ProcedureEditorRows.of(null);
        rows.getSteps().add(step("", 50, "", ""));
        rows.getSteps().add(step("B", null, "", ""));
        rows.addDocument();
        rows.getDocuments().get(0).setName("Tờ khai");
        rows.getDocuments().get(0).setCopies(21);
        rows.addFee();
        assertEquals(List.of(
                new ProcedureEditorRows.RowProblem("f:stepTable:0:stepName", "procedure.step.nameRequired"),
                new ProcedureEditorRows.RowProblem("f:stepTable:1:stepAmount", "procedure.step.durationRequired"),
                new ProcedureEditorRows.RowProblem("f:documentTable:0:documentCopies", "procedure.document.invalid"),
                new ProcedureEditorRows.RowProblem("f:feeTable:0:feeName", "procedure.fee.invalid")), rows.problems("f"));
        assertEquals(List.of(new RequiredDocument("Tờ khai", 21, true, "")), rows.requiredDocuments());
        assertEquals(List.of(new Fee("", 0, "")), rows.feeList());
    }
}
