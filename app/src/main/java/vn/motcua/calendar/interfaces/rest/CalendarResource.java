package vn.motcua.calendar.interfaces.rest;

import vn.motcua.shared.interfaces.rest.BodyLimit;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER;
import static vn.motcua.shared.interfaces.rest.ParamRanges.YEAR_MAX;
import static vn.motcua.shared.interfaces.rest.ParamRanges.YEAR_MIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.calendar.application.CalendarService;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.OfficePeriod;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.calendar.interfaces.rest.CalendarDtos.CalendarYearDto;
import vn.motcua.calendar.interfaces.rest.CalendarDtos.DayInput;
import vn.motcua.calendar.interfaces.rest.CalendarDtos.ImportResult;
import vn.motcua.calendar.interfaces.rest.CalendarDtos.NationalYearInput;
import vn.motcua.calendar.interfaces.rest.CalendarDtos.OfficeHoursDto;
import vn.motcua.calendar.interfaces.rest.CalendarDtos.OfficeHoursInput;
import vn.motcua.calendar.interfaces.rest.CalendarDtos.PeriodDto;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Messages;
import vn.motcua.shared.tabular.ImportError;
import vn.motcua.shared.tabular.ImportRejectedException;
import vn.motcua.shared.tabular.Table;
import vn.motcua.shared.tabular.TabularFormat;
import vn.motcua.shared.tabular.TabularReader;
import vn.motcua.shared.tabular.TabularWriter;
import vn.motcua.tenancy.application.TenantContext;

/**
 * The working calendar of the caller's province (national default plus its own days and office hours), and the
 * national default itself for the platform administrator.
 */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar")
public class CalendarResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CalendarService calendars;

    @GET
    @Path("/{year}")
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
    @Operation(operationId = "getCalendar", summary = "Every non-standard day of a year for the caller's province "
            + "(national and local, with kind, names, source, verified) and its office hours")
    public CalendarYearDto getCalendar(
            @PathParam("year")
            @Parameter(schema = @Schema(type = INTEGER, minimum = YEAR_MIN, maximum = YEAR_MAX)) int year) {
        return CalendarYearDto.of(calendars.yearView(year), TenantContext.require());
    }

    @PUT
    @Path("/{year}/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "putCalendarOverrides", summary = "Replace the caller's province's own days of a year "
            + "(LOCAL_DAY_OFF, EXTRA_WORKING_DAY); all or nothing")
    public ImportResult putCalendarOverrides(
            @PathParam("year")
            @Parameter(schema = @Schema(type = INTEGER, minimum = YEAR_MIN, maximum = YEAR_MAX)) int year,
            List<DayInput> days) {
        if (days == null) {
            throw DomainException.invalid("field.required");
        }
        List<ImportError> errors = new ArrayList<>();
        List<SpecialDay> parsed = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            SpecialDay d = toDay(days.get(i), i + 1, errors, false);
            if (d != null) {
                parsed.add(d);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return ImportResult.of(calendars.putLocalDays(year, parsed));
    }

    @POST
    @Path("/overrides/import")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @BodyLimit(BodyLimit.TABLE_IMPORT)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "importCalendarDays", summary = "Import the caller's province's own days from CSV, XLSX "
            + "or a JSON array of the same rows (date, kind, name_vi, name_en, source, verified); validated as a whole, "
            + "nothing written unless every row is valid; matched on the date, so re-importing changes nothing")
    public ImportResult importCalendarDays(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        Table table = TabularReader.readRequest(contentType, body, List.of());
        return ImportResult.of(calendars.importLocalDays(table));
    }

    @GET
    @Path("/overrides/export")
    @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({"PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
    @APIResponse(responseCode = "200", description = "The rows (format csv, the default, xlsx or json)", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY))})
    @Operation(operationId = "exportCalendarDays", summary = "The caller's province's own days (one year or all) as "
            + "csv, xlsx or json, in the import's columns")
    public Response exportCalendarDays(
            @QueryParam("format") String format,
            @QueryParam("year")
            @Parameter(schema = @Schema(type = INTEGER, minimum = YEAR_MIN, maximum = YEAR_MAX)) Integer year) {
        List<SpecialDay> days = calendars.localDays(year);
        List<List<String>> rows = days.stream().map(d -> List.of(d.date().toString(), d.kind().name(), d.nameVi(),
                d.nameEn(), d.source(), Boolean.toString(d.verified()))).toList();
        String f = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        String name = "calendar-" + TenantContext.require() + (year == null ? "" : "-" + year);
        switch (f) {
            case "json" -> {
                List<Map<String, Object>> out = new ArrayList<>();
                for (List<String> r : rows) {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < CalendarService.COLUMNS.size(); i++) {
                        m.put(CalendarService.COLUMNS.get(i), i == 5 ? (Object) Boolean.valueOf(r.get(i)) : r.get(i));
                    }
                    out.add(m);
                }
                return Response.ok(out, MediaType.APPLICATION_JSON).build();
            }
            case "csv", "xlsx" -> {
                TabularFormat tf = f.equals("csv") ? TabularFormat.CSV : TabularFormat.XLSX;
                byte[] bytes = TabularWriter.write(tf, "calendar", CalendarService.COLUMNS, rows);
                return Response.ok(bytes, tf.mediaType())
                        .header("Content-Disposition", "attachment; filename=\"" + name + "." + tf.extension() + "\"")
                        .build();
            }
            default -> throw DomainException.invalid(List.of(new FieldError("format", "calendar.export.format")));
        }
    }

    @PUT
    @Path("/office-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PROVINCE_ADMIN")
    @Operation(operationId = "putOfficeHours", summary = "Set the caller's province's office hours (periods HH:mm, "
            + "with the version read; -1 while on the default 07:30–11:30, 13:30–17:00)")
    public OfficeHoursDto putOfficeHours(OfficeHoursInput input) {
        if (input == null || input.periods == null || input.version == null) {
            throw DomainException.invalid(List.of(new FieldError(input == null || input.periods == null ? "periods" : "version",
                    "field.required")));
        }
        List<OfficePeriod> periods = new ArrayList<>();
        try {
            for (PeriodDto p : input.periods) {
                periods.add(new OfficePeriod(LocalTime.parse(p.start), LocalTime.parse(p.end)));
            }
        } catch (RuntimeException e) {
            throw DomainException.invalid(List.of(new FieldError("periods", "calendar.officeHours.invalid")));
        }
        calendars.putOfficeHours(periods, input.version);
        CalendarService.YearView v = calendars.yearView(LocalDate.now(vn.motcua.calendar.domain.OfficeHours.VIETNAM).getYear());
        return OfficeHoursDto.of(v.officeHours(), v.officeHoursVersion());
    }

    @PUT
    @Path("/national/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("PLATFORM_ADMIN")
    @Operation(operationId = "putNationalCalendarDays", summary = "Replace the national default of a year (platform "
            + "administrator): notices and every non-standard day; optimistic version (null to create a new year)")
    public ImportResult putNationalCalendarDays(
            @PathParam("year")
            @Parameter(schema = @Schema(type = INTEGER, minimum = YEAR_MIN, maximum = YEAR_MAX)) int year,
            NationalYearInput input) {
        if (input == null || input.days == null) {
            throw DomainException.invalid("field.required");
        }
        List<ImportError> errors = new ArrayList<>();
        List<SpecialDay> parsed = new ArrayList<>();
        for (int i = 0; i < input.days.size(); i++) {
            SpecialDay d = toDay(input.days.get(i), i + 1, errors, true);
            if (d != null) {
                parsed.add(d);
            }
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        return ImportResult.of(calendars.putNationalDays(year, input.notices, parsed, input.version));
    }

    @GET
    @Path("/national")
    @RolesAllowed({"PLATFORM_ADMIN", "PROVINCE_ADMIN", "PROVINCE_LEADER", "UNIT_LEADER", "CLERK", "OFFICER"})
    @Operation(operationId = "listNationalCalendarYears", summary = "The years of the national default with their "
            + "notices and versions")
    public List<Map<String, Object>> listNationalCalendarYears() {
        return calendars.nationalYears().stream().map(y -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("year", y.year());
            m.put("notices", y.notices());
            m.put("version", y.version());
            m.put("updatedBy", y.updatedBy());
            return m;
        }).toList();
    }

    private static SpecialDay toDay(DayInput in, int row, List<ImportError> errors, boolean national) {
        String kindKey = national ? "calendar.day.kind.national" : "calendar.day.kind.local";
        if (in == null) {
            errors.add(ImportError.of(row, "", "field.required"));
            return null;
        }
        int before = errors.size();
        if (in.date == null) {
            errors.add(ImportError.of(row, "date", "field.required"));
        }
        DayKind kind = null;
        try {
            kind = DayKind.valueOf(in.kind == null ? "" : in.kind.strip().toUpperCase(Locale.ROOT));
            if (kind.national() != national) {
                errors.add(ImportError.of(row, "kind", kindKey));
            }
        } catch (IllegalArgumentException e) {
            errors.add(ImportError.of(row, "kind", kindKey));
        }
        if (in.nameVi == null || in.nameVi.isBlank() || in.nameVi.length() > 200) {
            errors.add(ImportError.of(row, "nameVi", "calendar.day.name.required"));
        }
        if (errors.size() > before) {
            return null;
        }
        String en = in.nameEn == null || in.nameEn.isBlank() ? in.nameVi : in.nameEn;
        String source = in.source == null || in.source.isBlank() ? "—" : in.source;
        return new SpecialDay(in.date, kind, in.nameVi, en, source, in.verified == null || in.verified);
    }

}
