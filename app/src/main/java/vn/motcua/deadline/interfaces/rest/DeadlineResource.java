package vn.motcua.deadline.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.deadline.application.DeadlineService;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;
import vn.motcua.deadline.interfaces.rest.DeadlineDtos.ComputeDueDateRequest;
import vn.motcua.deadline.interfaces.rest.DeadlineDtos.DueDateResult;
import vn.motcua.deadline.interfaces.rest.DeadlineDtos.StatutoryTimeDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;

/** The deadline engine on the caller's province's calendar: "what date do I write on the receipt?". */
@Path("/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class DeadlineResource {

    @Inject
    DeadlineService deadlines;

    @POST
    @Path("/compute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
    @Operation(operationId = "computeDueDate", summary = "Due instant (+07:00) of a dossier received at receivedAt "
            + "(ISO 8601 with offset) under a statutory time {value, unit, cutOff}, on the caller's province's "
            + "calendar, with the explanation in Vietnamese and English and its structured parts")
    public DueDateResult computeDueDate(ComputeDueDateRequest request) {
        if (request == null) {
            throw DomainException.invalid("field.required");
        }
        OffsetDateTime receivedAt = null;
        StatutoryTime time = null;
        List<FieldError> errors = new java.util.ArrayList<>();
        try {
            receivedAt = OffsetDateTime.parse(request.receivedAt == null ? "" : request.receivedAt.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("receivedAt", "deadline.receivedAt.required"));
        }
        try {
            time = statutory(request.statutoryTime);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            errors.add(new FieldError("statutoryTime", "deadline.statutory.invalid", String.valueOf(e.getMessage())));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return DueDateResult.of(deadlines.compute(receivedAt, time));
    }

    static StatutoryTime statutory(StatutoryTimeDto dto) {
        if (dto == null || dto.unit == null) {
            throw new IllegalArgumentException("unit is required (WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS, MONTHS, SAME_DAY)");
        }
        StatutoryUnit unit;
        try {
            unit = StatutoryUnit.valueOf(dto.unit.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown unit " + dto.unit);
        }
        LocalTime cutOff = dto.cutOff == null || dto.cutOff.isBlank() ? null : LocalTime.parse(dto.cutOff.strip());
        int value = unit == StatutoryUnit.SAME_DAY && dto.value == null ? 0 : dto.value == null ? -1 : dto.value;
        return new StatutoryTime(value, unit, cutOff);
    }
}
