package vn.motcua.ui.view;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.Actor;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.forms.domain.FormRegime;
import vn.motcua.dossier.domain.StepKind;
import vn.motcua.shared.DomainException;

/**
 * What the dossier page offers: the actions the transition table allows from the dossier's status AND that the
 * domain lets this person take ({@link Dossier#authorise}), so a button is never shown for an action the service
 * would refuse. Also which statutory forms apply. Pure: the rules stay in the domain, this only asks them.
 */
public final class DossierActions {

    /**
     * One button: {@code id} is stable (the page's element id is {@code act_<id>}); ADD_STEP appears twice, as a
     * transfer and as a consultation.
     */
    public record Choice(String id, Action action, StepKind stepKind) implements java.io.Serializable { }

    /** The statutory forms, in the order the page lists them; the names are those of the forms endpoint. */
    public enum Form { RECEIPT, SUPPLEMENT_REQUEST, REFUSAL, APOLOGY, CONTROL_SLIP, STOP_NOTICE }

    private DossierActions() { }

    public static List<Choice> allowed(Dossier d, Actor actor) {
        List<Choice> out = new ArrayList<>();
        if (d == null || actor == null) {
            return out;
        }
        DossierStatus status = d.status();
        for (Action a : Action.values()) {
            if (!a.transition() || !a.allowedFrom(status) || !fits(d, a)) {
                continue;
            }
            try {
                d.authorise(a, actor);
            } catch (DomainException e) {
                continue;
            }
            if (a == Action.ADD_STEP) {
                out.add(new Choice("TRANSFER", a, StepKind.TRANSFER));
                out.add(new Choice("CONSULT", a, StepKind.CONSULT));
            } else {
                out.add(new Choice(a.name(), a, null));
            }
        }
        return out;
    }

    /** Conditions the domain checks beyond the table (so the button would only lead to a refusal). */
    private static boolean fits(Dossier d, Action a) {
        return switch (a) {
            case APOLOGISE -> d.getApologyAt() == null && d.getDueAt() != null;
            case COMPLETE_STEP, REASSIGN, ADD_STEP, REFUSE, RETURN_RESULT -> d.current() != null;
            default -> true;
        };
    }

    /** The forms that have content for this dossier (the endpoint refuses the others). */
    public static List<Form> forms(Dossier d) {
        List<Form> out = new ArrayList<>();
        if (d == null) {
            return out;
        }
        if (d.getDueAt() != null) {
            out.add(Form.RECEIPT);
        }
        if (d.getSupplementCount() > 0 || d.getGuidanceCount() > 0) {
            out.add(Form.SUPPLEMENT_REQUEST);
        }
        if (d.status() == DossierStatus.REFUSED_AT_RECEIPT || d.isResultRefused()) {
            out.add(Form.REFUSAL);
        }
        if (d.getApologyAt() != null) {
            out.add(Form.APOLOGY);
        }
        out.add(Form.CONTROL_SLIP);
        if (d.status() == DossierStatus.STOPPED && d.getFormSet() == FormRegime.TT03_2025) {
            out.add(Form.STOP_NOTICE);
        }
        return out;
    }

    /**
     * The bundle key of an action's label. The apology is also an extension request under the 2025 rules, and a
     * step added is a transfer or a consultation.
     */
    public static String labelKey(String action, FormRegime formSet, StepKind stepKind) {
        if ("APOLOGISE".equals(action) && formSet == FormRegime.TT03_2025) {
            return "dossier.action.APOLOGISE.2025";
        }
        if ("ADD_STEP".equals(action) && stepKind != null) {
            return "dossier.action." + stepKind.name();
        }
        return "dossier.action." + action;
    }

    /** Which fields an action's dialog asks for. */
    public static boolean needsReason(Action a) {
        return switch (a) {
            case GUIDE, REFUSE_AT_RECEIPT, REQUEST_SUPPLEMENT, REQUEST_PAYMENT, STOP, REFUSE, APOLOGISE -> true;
            default -> false;
        };
    }
}
