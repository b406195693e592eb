package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void showsVietnamTimeWhateverTheOffsetStored() {
        // 17:30 UTC on 31 Dec is already 00:30 on 1 Jan in Vietnam (UTC+7)
        OffsetDateTime utc = OffsetDateTime.of(2025, 12, 31, 17, 30, 0, 0, ZoneOffset.UTC);
        assertEquals("01/01/2026 00:30", fmt.dateTime(utc));
        assertEquals("01/01/2026", fmt.date(utc));
        assertEquals("05/03/2026", fmt.date(LocalDate.of(2026, 3, 5)));
        assertEquals("", fmt.dateTime(null));
    }
}
