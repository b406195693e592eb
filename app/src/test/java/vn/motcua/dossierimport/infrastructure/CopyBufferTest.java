package vn.motcua.dossierimport.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CopyBufferTest {

    private static String text(CopyBuffer b) {
        return new String(b.bytes(), 0, b.length(), StandardCharsets.UTF_8);
    }

    @Test
    void textIsEscapedAndEncodedAsCopyReadsIt() {
        CopyBuffer b = new CopyBuffer(16);
        b.text("H21.30-251101-0001").text("Nguyễn Thị Ánh").text("a\\b\tc\nd\re").text("😀 ok").text("\ud83d lone")
                .text(null).text("").endRow();
        assertEquals("H21.30-251101-0001\tNguyễn Thị Ánh\ta\\\\b\\tc\\nd\\re\t😀 ok\t? lone\t\\N\t\n", text(b));
        assertEquals(1, b.rows());
    }

    @Test
    void instantsKeepTheirOffsetAndWriteMicrosecondsOnlyWhenThereAreAny() {
        CopyBuffer b = new CopyBuffer(16);
        b.instant(OffsetDateTime.parse("2025-11-03T09:00:00+07:00"))
                .instant(OffsetDateTime.parse("2025-11-03T09:00:00.123456789+07:00"))
                .instant(OffsetDateTime.parse("2025-11-03T09:00:00.000000999-03:30"))
                .instant(OffsetDateTime.parse("2025-11-03T09:00:00.000001Z"))
                .instant(null).num(-42L).num((Integer) null).bool(true).bool((Boolean) null)
                .time(LocalTime.of(15, 0)).endRow();
        assertEquals("2025-11-03 09:00:00+07:00\t2025-11-03 09:00:00.123456+07:00\t2025-11-03 09:00:00-03:30\t"
                + "2025-11-03 09:00:00.000001+00:00\t\\N\t-42\t\\N\tt\t\\N\t15:00\n", text(b));
    }

    @Test
    void aReturnedBufferComesBackEmpty() {
        CopyBuffer first = CopyBuffer.obtain(1024);
        first.text("old row").endRow();
        first.release();
        CopyBuffer again = CopyBuffer.obtain(1024);
        assertEquals(0, again.length());
        assertEquals(0, again.rows());
        again.text("a").text("b").endRow();
        assertEquals("a\tb\n", text(again), "no separator left over from the previous use");
    }
}
