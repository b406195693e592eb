package vn.motcua.dossierimport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoInstantTest {

    /** Whatever OffsetDateTime.parse answers — a value or an exception — IsoInstant answers the same. */
    private static void same(String s) {
        Object expected;
        try {
            expected = OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            expected = e.getClass();
        }
        Object actual;
        try {
            actual = IsoInstant.parse(s);
        } catch (DateTimeParseException e) {
            actual = e.getClass();
        }
        assertEquals(expected, actual, s);
        if (expected instanceof OffsetDateTime t) {
            assertEquals(t.getOffset(), ((OffsetDateTime) actual).getOffset(), s);
        }
    }

    @Test
    void theUsualShapesAndTheirNeighbours() {
        for (String s : List.of("2025-11-03T09:00:00+07:00", "2025-11-03T09:00+07:00", "2025-11-03T09:00:00Z",
                "2025-11-03T09:00:00.1+07:00", "2025-11-03T09:00:00.123456+07:00", "2025-11-03T09:00:00.123456789Z",
                "2025-11-03T09:00:00.1234567891Z", "2025-11-03T09:00:00.+07:00", "2025-11-03T09:00:00-03:30",
                "2025-11-03t09:00:00z", "2025-11-03T09:00:00+07", "2025-11-03T09:00:00+0700", "2025-11-03T09:00:00+07:00:00",
                "2025-11-03T09:00:00+18:00", "2025-11-03T09:00:00+18:01", "2025-11-03T09:00:00+07:60",
                "2025-11-03T09:00:00-00:00", "2025-02-29T09:00:00+07:00", "2024-02-29T09:00:00+07:00",
                "2025-04-31T09:00:00+07:00", "2025-13-01T09:00:00+07:00", "2025-00-10T09:00:00+07:00",
                "2025-11-03T24:00:00+07:00", "2025-11-03T23:60:00+07:00", "2025-11-03T23:59:60+07:00",
                "2025-11-03 09:00:00+07:00", "2025-11-03T09:00:00", "2025-11-03", "+12025-11-03T09:00:00+07:00",
                "0000-01-01T00:00:00Z", "2025-1-03T09:00:00+07:00", "2025-11-03T9:00:00+07:00",
                "2025-11-03T09:00:0+07:00", "2025-11-03T09:00:00 +07:00", " 2025-11-03T09:00:00+07:00",
                "2025-11-03T09:00:00+07:00 ", "２０２５-11-03T09:00:00+07:00", "2025-11-03T09:00:00.１+07:00", "",
                "x")) {
            same(s);
        }
    }

    @Test
    void randomInstantsInRandomShapes() {
        Random r = new Random(118);
        List<String> shapes = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%04d-%02d-%02dT%02d:%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33),
                    r.nextInt(26), r.nextInt(62)));
            if (r.nextInt(4) > 0) {
                b.append(String.format(":%02d", r.nextInt(62)));
                if (r.nextBoolean()) {
                    b.append('.').append(Long.toString(Math.abs(r.nextLong())), 0, r.nextInt(11));
                }
            }
            switch (r.nextInt(4)) {
                case 0 -> b.append('Z');
                case 1 -> b.append(String.format("%s%02d:%02d", r.nextBoolean() ? "+" : "-", r.nextInt(20), r.nextInt(61)));
                case 2 -> b.append("+07:00");
                default -> { }
            }
            shapes.add(b.toString());
        }
        shapes.forEach(IsoInstantTest::same);
    }
}
