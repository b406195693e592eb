package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.forms.domain.FormRegime;
import vn.motcua.dossier.domain.Receipt;
import vn.motcua.dossier.domain.StepKind;

/** The dossier pages name every action, form, outcome and urgency in both languages. */
class DossierTextsTest {

    private static final ResourceBundle VI = ResourceBundle.getBundle(UiText.BUNDLE, LocaleView.VIETNAMESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle(UiText.BUNDLE, Locale.ENGLISH);

    @Test
    void everyActionFormAndChoiceHasALabelInBothLanguages() {
        Set<String> keys = new TreeSet<>();
        for (Action a : Action.values()) {
            for (FormRegime f : FormRegime.values()) {
                keys.add(DossierActions.labelKey(a.name(), f, null));
            }
        }
        keys.add(DossierActions.labelKey("ADD_STEP", FormRegime.TT03_2025, StepKind.TRANSFER));
        keys.add(DossierActions.labelKey("ADD_STEP", FormRegime.TT03_2025, StepKind.CONSULT));
        for (DossierActions.Form f : DossierActions.Form.values()) {
            keys.add("dossier.form." + f);
        }
        for (FormRegime f : FormRegime.values()) {
            keys.add("dossier.formSet." + f);
        }
        for (Receipt.Outcome o : new Receipt.Outcome[] {Receipt.Outcome.ACCEPTED, Receipt.Outcome.GUIDED,
                Receipt.Outcome.REFUSED_AT_RECEIPT}) {
            keys.add("receive.outcome." + o);
        }
        for (ApplicantKind k : ApplicantKind.values()) {
            keys.add("receive.applicantKind." + k);
        }
        for (String u : new String[] {"OVERDUE", "DUE_SOON", "ON_TRACK"}) {
            keys.add("myWork.urgency." + u);
        }
        keys.add("dossier.stepKind.TRANSFER");
        keys.add("dossier.stepKind.CONSULT");
        for (String key : keys) {
            assertTrue(VI.containsKey(key) && EN.containsKey(key), key);
        }
    }

    @Test
    void theActionsHaveTheirVietnameseNames() {
        assertEquals("Yêu cầu bổ sung", VI.getString("dossier.action.REQUEST_SUPPLEMENT"));
        assertEquals("Xin lỗi và hẹn lại", VI.getString(DossierActions.labelKey("APOLOGISE", FormRegime.TT01_2018, null)));
        assertEquals("Xin lỗi và đề nghị gia hạn",
                VI.getString(DossierActions.labelKey("APOLOGISE", FormRegime.TT03_2025, null)));
        assertEquals("Chuyển xử lý", VI.getString(DossierActions.labelKey("ADD_STEP", FormRegime.TT03_2025, StepKind.TRANSFER)));
    }
}
