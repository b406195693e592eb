package vn.motcua.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
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

    @Test
    void numbersAreWrittenAsTheReaderWritesThem() {
        Formats vi = in(LocaleView.VIETNAMESE);
        assertEquals("95,00 %", vi.percent(new BigDecimal("95.00")));
        assertEquals("1.234,50 %", vi.percent(new BigDecimal("1234.5")));
        assertEquals("1.234", vi.count(1234L));
        assertEquals("—", vi.percent(null));
        Formats en = in(Locale.ENGLISH);
        assertEquals("95.00 %", en.percent(new BigDecimal("95")));
        assertEquals("1,234", en.count(1234L));
        assertEquals("1.250.000 ₫", vi.money(1_250_000L));
        assertEquals("1,250,000 ₫", en.money(new BigDecimal("1250000")));
        assertEquals("45 %", vi.wholePercent(45.4));
        assertEquals("1.234,00", vi.decimal(new BigDecimal("1234")));
        assertEquals("95.00", en.decimal(new BigDecimal("95")));
    }

    static Formats in(Locale locale) {
        Formats f = new Formats();
        f.localeView = new FixedLocale(locale);
        return f;
    }
}
