package vn.motcua.dossier.interfaces.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.motcua.catalog.domain.ProcedureFields;
import vn.motcua.dossier.application.DossierSearch;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.DossierFilter.Lateness;
import vn.motcua.dossier.domain.DossierFilter.Sort;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.interfaces.rest.QueryDates;

/**
 * The query parameters of {@code listDossiers} read into the search's criteria, every bad one named in one 400
 * (numbers are range-checked where they are declared, by ParameterRangeFilter).
 */
final class DossierSearchParams {

    static final String TEXT = "the dossier code's start, the applicant name's start (accents and case ignored: "
            + "\"nguyen van an\" finds \"Nguyễn Văn An\") or the identity number exactly";
    static final String LATENESS = "LATE: finished late; OVERDUE: open and overdue now; DUE_SOON: open, not yet "
            + "overdue, due within dueWithinDays working days of the province's calendar";
    static final String SORT = "order of the list (default RECEIVED_DESC, newest first); ties by id";

    /** The raw parameters, as the resource receives them. */
    record Raw(String q, String code, String applicantName, String idNumber, String from, String to, Integer status,
               String channel, String receivingUnitCode, String competentUnitCode, String procedureCode,
               String fieldCode, String lateness, Integer dueWithinDays, String sort) { }

    private DossierSearchParams() { }

    static DossierSearch.Criteria read(Raw r) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = QueryDates.optional("from", r.from(), errors);
        LocalDate to = QueryDates.optional("to", r.to(), errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "report.period.toBeforeFrom", from, to));
        }
        Channel channel = oneOf(Channel.class, "channel", r.channel(), errors);
        Lateness lateness = oneOf(Lateness.class, "lateness", r.lateness(), errors);
        Sort sort = oneOf(Sort.class, "sort", r.sort(), errors);
        if (r.dueWithinDays() != null && lateness != Lateness.DUE_SOON && !errors.stream()
                .anyMatch(e -> e.field().equals("lateness"))) {
            errors.add(new FieldError("dueWithinDays", "dossier.search.dueWithinOnlyDueSoon", "dueWithinDays"));
        }
        String field = blank(r.fieldCode());
        if (field != null && !ProcedureFields.exists(field)) {
            errors.add(new FieldError("fieldCode", "dossier.search.fieldUnknown", field));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new DossierSearch.Criteria(blank(r.q()), blank(r.code()), blank(r.applicantName()), blank(r.idNumber()),
                from, to, r.status(), channel, blank(r.receivingUnitCode()), blank(r.competentUnitCode()),
                blank(r.procedureCode()), field, lateness, r.dueWithinDays(), sort == null ? Sort.RECEIVED_DESC : sort);
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String name, String raw, List<FieldError> errors) {
        String v = blank(raw);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "dossier.search.oneOf", name, v, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
