package vn.motcua.calendar.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.domain.DayKind;
import vn.motcua.calendar.domain.NationalCalendarLoader;
import vn.motcua.calendar.domain.SpecialDay;
import vn.motcua.calendar.domain.TenantCalendarOverrides;
import vn.motcua.calendar.domain.WorkingCalendar;
import vn.motcua.tenancy.application.NoTenantBoundException;
import vn.motcua.tenancy.application.TenantContext;

/** The per-province calendar cache: keyed by the bound tenant only, never serving one province's days to another. */
class TenantCalendarCacheTest {

    private static final LocalDate GIA_LAI_DAY = LocalDate.of(2026, 3, 17);

    private static final Map<String, List<SpecialDay>> DB = Map.of(
            "gia-lai", List.of(new SpecialDay(GIA_LAI_DAY, DayKind.LOCAL_DAY_OFF, "Ngày của Gia Lai", "Gia Lai day", "test", true)),
            "ha-tinh", List.of());

    private final List<String> builds = new ArrayList<>();

    private WorkingCalendar build(String tenant) {
        builds.add(tenant);
        return WorkingCalendar.builder().years(2026, 2026).national(NationalCalendarLoader.load(2026))
                .overrides(new TenantCalendarOverrides(tenant, DB.get(tenant))).build();
    }

    @Test
    void eachProvinceGetsItsOwnCalendarKeyedByTheBoundTenant() {
        TenantCalendarCache cache = new TenantCalendarCache();
        WorkingCalendar giaLai = TenantContext.call("gia-lai", () -> cache.get(this::build));
        WorkingCalendar haTinh = TenantContext.call("ha-tinh", () -> cache.get(this::build));
        assertFalse(giaLai.isWorkingDay(GIA_LAI_DAY));
        assertTrue(haTinh.isWorkingDay(GIA_LAI_DAY), "Hà Tĩnh never gets Gia Lai's day off");
        assertSame(haTinh, TenantContext.call("ha-tinh", () -> cache.get(this::build)));
        assertSame(giaLai, TenantContext.call("gia-lai", () -> cache.get(this::build)));
        assertEquals(List.of("gia-lai", "ha-tinh"), builds, "built once each");
    }

    @Test
    void invalidatingOneProvinceRebuildsOnlyIt() {
        TenantCalendarCache cache = new TenantCalendarCache();
        TenantContext.call("gia-lai", () -> cache.get(this::build));
        WorkingCalendar haTinh = TenantContext.call("ha-tinh", () -> cache.get(this::build));
        cache.invalidate("gia-lai");
        TenantContext.call("gia-lai", () -> cache.get(this::build));
        assertSame(haTinh, TenantContext.call("ha-tinh", () -> cache.get(this::build)));
        assertEquals(List.of("gia-lai", "ha-tinh", "gia-lai"), builds);
        cache.invalidateAll();
        assertTrue(cache.peek("gia-lai").isEmpty() && cache.peek("ha-tinh").isEmpty());
    }

    @Test
    void aCalendarOfAnotherProvinceIsNeverHandedOut() {
        TenantCalendarCache cache = new TenantCalendarCache();
        assertThrows(IllegalStateException.class,
                () -> TenantContext.call("ha-tinh", () -> cache.get(t -> build("gia-lai"))));
        assertTrue(cache.peek("ha-tinh").isEmpty());
    }

    @Test
    void noBoundTenantNoCalendar() {
        assertThrows(NoTenantBoundException.class, () -> new TenantCalendarCache().get(this::build));
    }

    @Test
    void aBuildOverlappingAnInvalidationIsNotKept() {
        TenantCalendarCache cache = new TenantCalendarCache();
        TenantContext.call("gia-lai", () -> cache.get(t -> {
            cache.invalidate("gia-lai"); // another transaction committed a change meanwhile
            return build(t);
        }));
        assertTrue(cache.peek("gia-lai").isEmpty(), "the possibly stale calendar was not cached");
    }
}
