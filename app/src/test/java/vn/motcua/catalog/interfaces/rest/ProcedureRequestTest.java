package vn.motcua.catalog.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.domain.ProcedureContent;
import vn.motcua.catalog.interfaces.rest.CatalogDtos.ProcedureRequest;
import vn.motcua.catalog.interfaces.rest.CatalogDtos.TimeDto;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.shared.DomainException;

/** The REST shape of a procedure's times: read into StatutoryTime, each problem under "time" / "onlineTime". */
class ProcedureRequestTest {

    static TimeDto time(int value, String unit, String cutOff) {
        TimeDto t = new TimeDto();
        t.value = value;
        t.unit = unit;
        t.cutOff = cutOff;
        return t;
    }

    static ProcedureRequest request(TimeDto time, TimeDto onlineTime) {
        ProcedureRequest r = new ProcedureRequest();
        r.code = "1.001193";
        r.name = "Thủ tục đăng ký khai sinh";
        r.field = "HO_TICH";
        r.levels = List.of("COMMUNE");
        r.time = time;
        r.onlineTime = onlineTime;
        r.onlineKind = "PARTIAL";
        return r;
    }

    static List<String> errors(ProcedureRequest r) {
        DomainException e = assertThrows(DomainException.class, () -> r.toContent(null));
        return e.fieldErrors().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
    }

    @Test
    void validTimesBecomeStatutoryTimes() {
        ProcedureContent c = request(time(7, "same_day", "9:30"), time(4, "WORKING_HOURS", null)).toContent(null);
        assertEquals(StatutoryTime.sameDay(LocalTime.of(9, 30)), c.time()); // a same-day value is ignored
        assertEquals(StatutoryTime.workingHours(4), c.onlineTime());
        assertNull(request(time(3, "WORKING_DAYS", ""), null).toContent(null).onlineTime());
    }

    @Test
    void anInvalidTimeIsRefusedUnderItsField() {
        assertEquals(List.of("time:procedure.time.valueRange"), errors(request(time(0, "WORKING_DAYS", null), null)));
        assertEquals(List.of("time:procedure.time.cutOffRequired"), errors(request(time(0, "SAME_DAY", null), null)));
        assertEquals(List.of("time:procedure.time.cutOffRequired"), errors(request(time(0, "SAME_DAY", "15h"), null)));
        assertEquals(List.of("time:procedure.time.unitRequired"), errors(request(time(3, "WEEKS", null), null)));
        assertEquals(List.of("time:procedure.time.required"), errors(request(null, null)));
        assertEquals(List.of("onlineTime:procedure.time.cutOffOnlySameDay", "onlineTime:procedure.time.valueRange"),
                errors(request(time(3, "WORKING_DAYS", null), time(10_001, "MONTHS", "15:00"))));
    }

    @Test
    void theReadOnlyTextIsTheCatalogsLabel() {
        assertEquals("Trong ngày (nhận trước 15:00)", TimeDto.of(StatutoryTime.sameDay(LocalTime.of(15, 0))).text);
        TimeDto d = TimeDto.of(StatutoryTime.calendarDays(30));
        assertEquals(30, d.value);
        assertEquals("CALENDAR_DAYS", d.unit);
        assertNull(d.cutOff);
        assertEquals("30 ngày", d.text);
        assertNull(TimeDto.of(null));
    }
}
