package vn.motcua.calendar.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A province's own days: local days off and extra working days. They win over the national default on the same
 * date, because a province decides for its own bodies (e.g. a provincial anniversary).
 */
public record TenantCalendarOverrides(String tenantId, List<SpecialDay> days) {

    public static TenantCalendarOverrides none(String tenantId) {
        return new TenantCalendarOverrides(tenantId, List.of());
    }

    public TenantCalendarOverrides {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId must not be blank");
        }
        List<SpecialDay> sorted = new ArrayList<>(Objects.requireNonNull(days, "days"));
        sorted.sort(Comparator.comparing(SpecialDay::date));
        Set<Object> seen = new HashSet<>();
        for (SpecialDay day : sorted) {
            if (day.kind().national()) {
                throw new IllegalArgumentException(day.date() + ": a province may only add "
                        + DayKind.LOCAL_DAY_OFF + " or " + DayKind.EXTRA_WORKING_DAY + ", not " + day.kind());
            }
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException(day.date() + " appears twice in the overrides of " + tenantId);
            }
        }
        days = List.copyOf(sorted);
    }
}
