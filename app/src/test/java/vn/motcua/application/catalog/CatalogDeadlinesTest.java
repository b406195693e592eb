package vn.motcua.application.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.domain.ProcessingTime;
import vn.motcua.catalog.domain.TimeUnit;
import vn.motcua.deadline.domain.StatutoryTime;
import vn.motcua.deadline.domain.StatutoryUnit;

class CatalogDeadlinesTest {

    @Test
    void everyCatalogUnitMapsToTheDeadlineEngine() {
        for (TimeUnit u : TimeUnit.values()) {
            assertEquals(u.name(), StatutoryUnit.valueOf(u.name()).name());
        }
        assertEquals(StatutoryTime.sameDay(LocalTime.of(15, 0)),
                CatalogDeadlines.statutoryTime(ProcessingTime.sameDay(LocalTime.of(15, 0))));
        assertEquals(StatutoryTime.workingDays(30), CatalogDeadlines.statutoryTime(ProcessingTime.of(30, TimeUnit.WORKING_DAYS)));
        assertEquals(StatutoryTime.months(2), CatalogDeadlines.statutoryTime(ProcessingTime.of(2, TimeUnit.MONTHS)));
    }
}
