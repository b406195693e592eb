package vn.motcua.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.units.domain.UnitCodes;

/** Implementing and step unit references name units of the province in force on the version's first day. */
class ProcedureUnitRefsTest {

    static final LocalDate VERSION_FROM = LocalDate.of(2025, 9, 1);

    /** Gia Lai: the service centre, the justice department (which also has a QCVN code), a closed district. */
    static final UnitCodes GIA_LAI = new UnitCodes(List.of(
            new UnitCodes.Span("H21.30", LocalDate.of(2019, 1, 1), null),
            new UnitCodes.Span("H21.05", LocalDate.of(2019, 1, 1), null),
            new UnitCodes.Span("000.05.21.H21", LocalDate.of(2019, 1, 1), null),
            new UnitCodes.Span("H21.17", LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30))));

    static ProcedureContent refs(List<String> unitRefs, String... stepUnits) {
        ProcedureContent c = ProcedureContentTest.birthRegistration();
        List<ProcessStep> steps = Arrays.stream(stepUnits)
                .map(u -> new ProcessStep("Bước", 0, 4, u, "OFFICER")).toList();
        return new ProcedureContent(c.code(), c.name(), c.fieldCode(), c.levels(), unitRefs, c.time(), c.onlineTime(),
                c.fees(), c.documents(), c.onlineKind(), c.fullOnlineEligible(), c.paperResult(),
                c.individualApplicants(), steps, c.publication());
    }

    static List<String> problems(ProcedureContent c) {
        return c.validateUnitRefs(GIA_LAI, "H21.XA", VERSION_FROM).stream()
                .map(e -> e.field() + " " + e.messageKey() + " " + Arrays.toString(e.args())).toList();
    }

    @Test
    void portalAndQcvnCodesOfUnitsInForceAndTheCommunePlaceholderAreAccepted() {
        assertEquals(List.of(), problems(refs(List.of("H21.05", "000.05.21.H21", "H21.XA"), "H21.30", "H21.XA", "")));
    }

    @Test
    void aCodeOfAnotherProvinceIsNotAUnitOfThisOne() {
        assertEquals(List.of("unitRefs[1] procedure.unitRef.unknown [H27.24, 01/09/2025, H21.XA]"),
                problems(refs(List.of("H21.05", "H27.24"))));
    }

    @Test
    void anotherProvincesCommunePlaceholderIsRefused() {
        assertEquals(List.of("steps[0].unitRef procedure.unitRef.unknown [H27.XA, 01/09/2025, H21.XA]"),
                problems(refs(List.of(), "H27.XA")));
    }

    @Test
    void aUnitClosedBeforeTheVersionStartsIsRefusedWithItsPeriod() {
        assertEquals(List.of("steps[1].unitRef procedure.unitRef.notInForce [H21.17, 01/09/2025, 01/01/2019–30/06/2025]"),
                problems(refs(List.of(), "H21.30", "H21.17")));
    }

    @Test
    void theSameUnitIsValidForAVersionWithinItsPeriod() {
        List<FieldError> e = refs(List.of("H21.17"), "H21.17")
                .validateUnitRefs(GIA_LAI, "H21.XA", LocalDate.of(2025, 6, 30));
        assertEquals(List.of(), e);
    }

    @Test
    void everyBadReferenceIsReported() {
        assertEquals(List.of("unitRefs[0] procedure.unitRef.unknown [h21.05, 01/09/2025, H21.XA]",
                        "steps[0].unitRef procedure.unitRef.unknown [X, 01/09/2025, H21.XA]",
                        "steps[2].unitRef procedure.unitRef.notInForce [H21.17, 01/09/2025, 01/01/2019–30/06/2025]"),
                problems(refs(List.of("h21.05"), "X", "H21.30", "H21.17")));
    }
}
