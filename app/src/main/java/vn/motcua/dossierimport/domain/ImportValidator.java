package vn.motcua.dossierimport.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.dossier.domain.Action;
import vn.motcua.dossier.domain.ApplicantKind;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.dossierimport.domain.ImportLine.Field;
import vn.motcua.shared.Messages;
import vn.motcua.shared.Text;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.units.domain.UnitCodes;

/**
 * Checks one {@link ImportLine} against the format (docs/dossier-import.md) and the province's catalog and calendar,
 * and reports every problem of the line with its row and column; a line without problems becomes an
 * {@link ImportedDossier}. Pure and fast: no database, one pass.
 *
 * <p>Events must be in time order, each {@code fromStatus} (when given) must be the previous event's
 * {@code toStatus}, the action must be allowed from that status by the transition table ({@link Action}), a
 * supplement or payment request must be answered by its own resumption before another pause starts, no pause may
 * start before the receipt, and the last event's {@code toStatus} must be the dossier's {@code status}.
 */
public final class ImportValidator {


    private final ImportCatalog catalog;
    private final UnitCodes units;
    private final ZoneId zone;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    /** The calendar's range: instants the deadline engine must count from or to have to fall inside it. */
    public ImportValidator(ImportCatalog catalog, UnitCodes units, ZoneId zone, LocalDate firstDay,
                           LocalDate lastDay) {
        this.catalog = catalog;
        this.units = units;
        this.zone = zone;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** The dossier, or null with the line's problems added to {@code errors}. */
    public ImportedDossier validate(ImportLine l, List<ImportError> errors) {
        int before = errors.size();
        int row = l.row();
        for (ImportLine.Problem p : l.problems()) {
            errors.add(error(row, p.column(), p.key(), p.args()));
        }
        if (errors.size() > before) {
            return null;
        }
        LineCheck c = new LineCheck(l, errors);
        String code = c.required(Field.CODE);
        if (code != null && (code.length() < 8 || code.length() > 60)) {
            c.fail(Field.CODE, "dossier.import.codeLength", code);
        }
        Channel channel = c.oneOf(Field.CHANNEL, Channel.class, true);
        ApplicantKind kind = c.oneOf(Field.APPLICANT_KIND, ApplicantKind.class, false);
        String name = c.text(Field.APPLICANT_NAME, true, Text.Kind.NAME);
        String receivingUnit = c.text(Field.RECEIVING_UNIT, true, Text.Kind.CODE);
        String competentUnit = c.text(Field.COMPETENT_UNIT, false, Text.Kind.CODE);
        String receivedBy = c.text(Field.RECEIVED_BY, false, Text.Kind.CODE);
        OffsetDateTime receivedAt = c.instant(Field.RECEIVED_AT, true);
        LocalDate receiptDay = receiptDay(c, receivedAt);
        unit(c, Field.RECEIVING_UNIT, receivingUnit, receiptDay);
        unit(c, Field.COMPETENT_UNIT, competentUnit, receiptDay);
        ImportCatalog.Entry procedure = procedure(c, receiptDay);
        DossierStatus status = c.status(l.get(Field.STATUS), true, 0, Field.STATUS.json());
        OffsetDateTime appointmentAt = c.instant(Field.APPOINTMENT_AT, false);
        OffsetDateTime processedAt = processedAt(c, receivedAt);
        OffsetDateTime returnedAt = c.instant(Field.RETURNED_AT, false);
        if (returnedAt != null && receivedAt != null && returnedAt.isBefore(receivedAt)) {
            c.fail(Field.RETURNED_AT, "dossier.import.beforeReceipt", returnedAt);
        }
        ReturnMethod returnMethod = c.oneOf(Field.RETURN_METHOD, ReturnMethod.class, false);
        Boolean electronic = c.bool(Field.ELECTRONIC_RESULT);
        Boolean digitised = c.bool(Field.DIGITISED);
        Boolean paidOnline = c.bool(Field.PAID_ONLINE);
        Long fee = c.integer(Field.FEE_TOTAL, 0, Long.MAX_VALUE);
        OffsetDateTime apologyAt = c.instant(Field.APOLOGY_AT, false);
        OffsetDateTime apologyNewDate = c.instant(Field.APOLOGY_NEW_DATE, false);
        String apologyReason = c.text(Field.APOLOGY_REASON, false, Text.Kind.TEXT);
        Long satisfaction = c.integer(Field.SATISFACTION, 1, 5);
        String feedback = c.text(Field.FEEDBACK, false, Text.Kind.TEXT);
        String idNumber = c.text(Field.APPLICANT_ID_NUMBER, false, Text.Kind.CODE);
        String address = c.text(Field.APPLICANT_ADDRESS, false, Text.Kind.TEXT);
        String phone = c.text(Field.APPLICANT_PHONE, false, Text.Kind.CODE);
        String email = c.text(Field.APPLICANT_EMAIL, false, Text.Kind.NAME);
        List<ImportedDossier.Event> events = events(c, receivedAt, status);
        if (errors.size() > before) {
            return null;
        }
        return new ImportedDossier(row, code, procedure, channel, kind == null ? ApplicantKind.PERSON : kind, name,
                idNumber, address, phone, email,
                receivingUnit, competentUnit == null ? receivingUnit : competentUnit,
                receivedBy != null ? receivedBy : events.isEmpty() ? "import" : events.get(0).actor(),
                receivedAt, appointmentAt, status, processedAt, returnedAt, returnMethod, electronic,
                Boolean.TRUE.equals(digitised), fee == null ? 0 : fee, Boolean.TRUE.equals(paidOnline), apologyAt,
                apologyNewDate, apologyReason, satisfaction == null ? null : satisfaction.intValue(), feedback, events);
    }

    /** The day of receipt in the province's zone, or null when unknown or outside the calendar (then reported). */
    private LocalDate receiptDay(LineCheck c, OffsetDateTime receivedAt) {
        if (receivedAt == null) {
            return null;
        }
        LocalDate receiptDay = receivedAt.atZoneSameInstant(zone).toLocalDate();
        if (!inCalendar(receiptDay)) {
            c.fail(Field.RECEIVED_AT, "dossier.import.outsideCalendar", receiptDay, firstDay, lastDay);
            return null;
        }
        return receiptDay;
    }

    /** The procedure version in force on the day of receipt: the code must be the province's and in force then. */
    private ImportCatalog.Entry procedure(LineCheck c, LocalDate receiptDay) {
        String procedureCode = c.required(Field.PROCEDURE_CODE);
        ImportCatalog.Entry procedure = null;
        if (procedureCode != null) {
            if (!catalog.knows(procedureCode)) {
                c.fail(Field.PROCEDURE_CODE, "dossier.import.procedureUnknown", procedureCode);
            } else if (receiptDay != null) {
                procedure = catalog.inForce(procedureCode, receiptDay);
                if (procedure == null) {
                    c.fail(Field.PROCEDURE_CODE, "dossier.import.procedureNotInForce", procedureCode, receiptDay);
                }
            }
        }
        return procedure;
    }

    /** Processing ends after the receipt and inside the calendar (lateness is counted up to it). */
    private OffsetDateTime processedAt(LineCheck c, OffsetDateTime receivedAt) {
        OffsetDateTime processedAt = c.instant(Field.PROCESSED_AT, false);
        if (processedAt != null && receivedAt != null) {
            if (processedAt.isBefore(receivedAt)) {
                c.fail(Field.PROCESSED_AT, "dossier.import.beforeReceipt", processedAt);
            } else if (!inCalendar(processedAt.atZoneSameInstant(zone).toLocalDate())) {
                c.fail(Field.PROCESSED_AT, "dossier.import.outsideCalendar",
                        processedAt.atZoneSameInstant(zone).toLocalDate(), firstDay, lastDay);
            }
        }
        return processedAt;
    }

    /** A unit named by its portal code must be one of the province's units on the day of receipt. */
    private void unit(LineCheck c, Field f, String portalCode, LocalDate receiptDay) {
        if (portalCode == null) {
            return;
        }
        if (!units.knows(portalCode)) {
            c.fail(f, "dossier.import.unitUnknown", portalCode);
        } else if (receiptDay != null && !units.inForce(portalCode, receiptDay)) {
            c.fail(f, "dossier.import.unitNotInForce", portalCode, receiptDay, units.periods(portalCode));
        }
    }

    private List<ImportedDossier.Event> events(LineCheck c, OffsetDateTime receivedAt, DossierStatus status) {
        ImportLine l = c.line;
        List<ImportedDossier.Event> out = new ArrayList<>(l.events().size());
        ImportedDossier.Event prev = null;
        Action openPause = null;
        int i = 0;
        for (Map<String, String> e : l.events()) {
            i++;
            EventText t = eventText(c, i, e);
            if (t.at() == null || t.action() == null || t.to() == null) {
                continue;
            }
            OffsetDateTime at = t.at();
            Action action = t.action();
            DossierStatus from = t.from();
            if (prev != null && at.isBefore(prev.at())) {
                c.failEvent(i, "at", "dossier.import.event.order", i);
            }
            if (from != null && prev != null && from.code() != prev.toStatus()) {
                c.failEvent(i, "fromStatus", "dossier.import.event.from", i, from.code(), prev.toStatus());
            }
            if (from != null && !action.from().isEmpty() && !action.allowedFrom(from)) {
                c.failEvent(i, "action", "dossier.import.event.transition", i, action.name(), from.code());
            }
            openPause = pause(c, i, action, at, openPause, receivedAt);
            ImportedDossier.Event ev = new ImportedDossier.Event(at,
                    c.clean(t.actor().strip(), l.eventColumn(i, "actor"), Text.Kind.CODE),
                    c.clean(t.role().strip(), l.eventColumn(i, "role"), Text.Kind.CODE), action,
                    from == null ? null : from.code(), t.to().code(), t.reason(), t.actorName());
            out.add(ev);
            prev = ev;
        }
        if (prev != null && out.size() == l.events().size() && status != null && prev.toStatus() != status.code()) {
            c.failEvent(i, "toStatus", "dossier.import.event.lastStatus", prev.toStatus(), status.code());
        }
        return out;
    }

    /** One event's values as read, each null when absent or unreadable (then reported). */
    private record EventText(OffsetDateTime at, String actor, String role, Action action, DossierStatus from,
                             DossierStatus to, String reason, String actorName) { }

    private static EventText eventText(LineCheck c, int i, Map<String, String> e) {
        String atText = e.get("at");
        OffsetDateTime at = null;
        if (atText == null) {
            c.failEvent(i, "at", "dossier.import.required");
        } else {
            try {
                at = IsoInstant.parse(atText);
            } catch (DateTimeParseException ex) {
                c.failEvent(i, "at", "dossier.import.notInstant", atText);
            }
        }
        String actor = e.get("actor");
        if (actor == null || actor.isBlank()) {
            c.failEvent(i, "actor", "dossier.import.required");
            actor = ""; // reported; the line is refused, the event's order and transition are still checked
        }
        String role = e.get("role");
        if (role == null || role.isBlank()) {
            c.failEvent(i, "role", "dossier.import.required");
            role = "";
        }
        Action action = null;
        String actionText = e.get("action");
        if (actionText == null) {
            c.failEvent(i, "action", "dossier.import.required");
        } else {
            try {
                action = Action.valueOf(actionText.strip());
            } catch (IllegalArgumentException ex) {
                c.failEvent(i, "action", "dossier.import.notOneOf", actionText, names(Action.values()));
            }
        }
        DossierStatus from = c.status(e.get("fromStatus"), false, i, "fromStatus");
        DossierStatus to = c.status(e.get("toStatus"), true, i, "toStatus");
        String reason = e.get("reason");
        if (reason != null) {
            reason = c.clean(reason, c.line.eventColumn(i, "reason"), Text.Kind.TEXT);
        }
        String actorName = e.get("actorName");
        if (actorName != null) {
            actorName = actorName.isBlank() ? null
                    : c.clean(actorName.strip(), c.line.eventColumn(i, "actorName"), Text.Kind.NAME);
        }
        return new EventText(at, actor, role, action, from, to, reason, actorName);
    }

    /**
     * A supplement or payment request opens a pause (not before the receipt, not while another is open, inside the
     * calendar); only its own answer closes it; withdrawing or stopping ends it. The pause open after this event.
     */
    private Action pause(LineCheck c, int i, Action action, OffsetDateTime at, Action openPause,
                         OffsetDateTime receivedAt) {
        switch (action) {
            case REQUEST_SUPPLEMENT, REQUEST_PAYMENT -> {
                if (openPause != null) {
                    c.failEvent(i, "action", "dossier.import.event.pauseOpen", i, action.name(), openPause.name());
                }
                if (receivedAt != null && at.isBefore(receivedAt)) {
                    c.failEvent(i, "at", "dossier.import.event.beforeReceipt", i, action.name());
                }
                checkCalendar(c, i, at);
                return action;
            }
            case RECEIVE_SUPPLEMENT, CONFIRM_PAYMENT -> {
                Action expected = action == Action.RECEIVE_SUPPLEMENT ? Action.REQUEST_SUPPLEMENT
                        : Action.REQUEST_PAYMENT;
                if (openPause != expected) {
                    c.failEvent(i, "action", "dossier.import.event.noPause", i, action.name(), expected.name());
                }
                checkCalendar(c, i, at);
                return null;
            }
            case WITHDRAW, STOP -> {
                return null;
            }
            default -> {
                return openPause;
            }
        }
    }

    private void checkCalendar(LineCheck c, int i, OffsetDateTime at) {
        LocalDate d = at.atZoneSameInstant(zone).toLocalDate();
        if (!inCalendar(d)) {
            c.failEvent(i, "at", "dossier.import.outsideCalendar", d, firstDay, lastDay);
        }
    }

    private boolean inCalendar(LocalDate d) {
        return !d.isBefore(firstDay) && !d.isAfter(lastDay);
    }

    static String names(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> v : values) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(v.name());
        }
        return b.toString();
    }

    /** A problem as the report shows it, in the reader's language. */
    public static ImportError error(int row, String column, String key, Object... args) {
        return ImportError.of(row, column, key, args);
    }
}
