package vn.motcua.dossier.domain;

import static vn.motcua.dossier.domain.DossierStatus.ACCEPTED;
import static vn.motcua.dossier.domain.DossierStatus.PAYMENT_REQUESTED;
import static vn.motcua.dossier.domain.DossierStatus.PROCESSED;
import static vn.motcua.dossier.domain.DossierStatus.PROCESSING;
import static vn.motcua.dossier.domain.DossierStatus.RETURNED;
import static vn.motcua.dossier.domain.DossierStatus.SUBMITTED;
import static vn.motcua.dossier.domain.DossierStatus.SUPPLEMENT_REQUESTED;

import java.util.EnumSet;
import java.util.Set;

/**
 * What people do to a dossier, the statuses each action is allowed from, and who may do it. {@link Dossier} applies
 * them; this table is the one place that says which transitions exist.
 */
public enum Action {
    /** A new dossier at a desk or from the portal (status 1, 2 or 3 according to the completeness check). */
    RECEIVE(Set.of(), Who.DESK),
    /** The desk accepts a submitted (online or guided) dossier: the clock starts. */
    ACCEPT(EnumSet.of(SUBMITTED), Who.DESK),
    /** Incomplete at receipt: the applicant is guided (Mẫu 02) and the dossier is not accepted yet. */
    GUIDE(EnumSet.of(SUBMITTED), Who.DESK),
    REFUSE_AT_RECEIPT(EnumSet.of(SUBMITTED), Who.DESK),
    /** The current step is done; the next one starts (or the dossier becomes processed after the last). */
    COMPLETE_STEP(EnumSet.of(ACCEPTED, PROCESSING), Who.ASSIGNEE),
    REASSIGN(EnumSet.of(ACCEPTED, PROCESSING, PROCESSED), Who.LEADER),
    /** Transfer to another unit or consult another agency: a step inserted after the current one. */
    ADD_STEP(EnumSet.of(ACCEPTED, PROCESSING), Who.ASSIGNEE),
    REQUEST_SUPPLEMENT(EnumSet.of(ACCEPTED, PROCESSING), Who.ASSIGNEE_OR_DESK),
    RECEIVE_SUPPLEMENT(EnumSet.of(SUPPLEMENT_REQUESTED), Who.ASSIGNEE_OR_DESK),
    REQUEST_PAYMENT(EnumSet.of(ACCEPTED, PROCESSING), Who.ASSIGNEE_OR_DESK),
    CONFIRM_PAYMENT(EnumSet.of(PAYMENT_REQUESTED), Who.ASSIGNEE_OR_DESK),
    WITHDRAW(EnumSet.of(SUBMITTED, ACCEPTED, PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED), Who.DESK),
    /** Processing stops (Mẫu 05 of Circular 03/2025), e.g. the applicant never brought the supplement. */
    STOP(EnumSet.of(ACCEPTED, PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED), Who.LEADER_OR_ASSIGNEE),
    /** Refused on the merits during processing: the refusal letter is the result, returned like any other. */
    REFUSE(EnumSet.of(ACCEPTED, PROCESSING), Who.LEADER_OR_ASSIGNEE),
    RETURN_RESULT(EnumSet.of(PROCESSED), Who.DESK),
    /** The apology with a new date (and, from 1 Jul 2025, the extension request): once per dossier. */
    APOLOGISE(EnumSet.of(ACCEPTED, PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED), Who.LEADER_OR_ASSIGNEE),
    /** The applicant's satisfaction rating after the result (public lookup). */
    RATE(EnumSet.of(RETURNED), Who.APPLICANT),
    /** Taken over from another one-stop system by bulk import. */
    IMPORT(Set.of(), Who.ADMIN);

    /** Who may act: enforced by {@link Dossier#authorise}. */
    public enum Who { DESK, ASSIGNEE, ASSIGNEE_OR_DESK, LEADER, LEADER_OR_ASSIGNEE, APPLICANT, ADMIN }

    private final Set<DossierStatus> from;
    private final Who who;

    Action(Set<DossierStatus> from, Who who) {
        this.from = from.isEmpty() ? Set.of() : EnumSet.copyOf(from);
        this.who = who;
    }

    public Set<DossierStatus> from() { return from; }

    public Who who() { return who; }

    public boolean allowedFrom(DossierStatus status) {
        return from.contains(status);
    }

    /** Actions a person may take through the API's transition operation (not receipt, rating or import). */
    public boolean transition() {
        return this != RECEIVE && this != RATE && this != IMPORT;
    }

    static {
        // RETURNED is terminal except for the rating: keep the table honest.
        assert RATE.from.equals(Set.of(RETURNED));
    }
}
