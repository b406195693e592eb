package vn.motcua.dossierimport.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The import's JSON reader gives what JSON-P (Parsson, as the importer used before) gives, for valid JSON. */
class JsonLineTest {

    private static Object parse(String s) throws JsonLine.Malformed {
        byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.UTF_8);
        int off = "xx".length();
        return JsonLine.parse(b, off, b.length - off - 2);
    }

    /** A JSON-P value in JsonLine's shapes. */
    private static Object plain(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                ((JsonObject) v).forEach((k, x) -> m.put(k, plain(x)));
                yield m;
            }
            case ARRAY -> {
                List<Object> a = new ArrayList<>();
                ((JsonArray) v).forEach(x -> a.add(plain(x)));
                yield a;
            }
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> new JsonLine.Num(((JsonNumber) v).toString());
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> JsonLine.NULL;
        };
    }

    private static Object jsonp(String s) {
        try (JsonReader r = Json.createReader(new StringReader(s))) {
            return plain(r.readValue());
        }
    }

    @Test
    void validLinesReadAsJsonpReadsThem() throws Exception {
        for (String s : List.of(
                "{}", "[]", "{\"a\":1}", " { \"a\" : [ 1 , 2 ] } ", "{\"a\":1,\"a\":2,\"b\":3}",
                "{\"n\":[-0,0,1,-1,2147483648,9223372036854775807,12345678901234567890,1e3,1E-3,1.50,-0.0,0.1e+2]}",
                "{\"s\":\"Nguyễn Thị Ánh\",\"e\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\",\"u\":\"\\u0041\\u1ec7\\ud83d\\ude00\"}",
                "{\"t\":true,\"f\":false,\"z\":null,\"o\":{\"x\":{\"y\":[{}]}}}",
                "{\"applicant\":{\"name\":\"Lê Văn B\"},\"events\":[{\"at\":\"2025-11-03T09:00:00+07:00\",\"toStatus\":2}]}",
                "\"just a string\"", "42", "null")) {
            assertEquals(jsonp(s), parse(s), s);
        }
    }

    @Test
    void randomDocumentsReadAsJsonpReadsThem() throws Exception {
        Random r = new Random(61);
        for (int i = 0; i < 2_000; i++) {
            String s = randomValue(r, 0);
            assertEquals(jsonp(s), parse(s), s);
        }
    }

    private static String randomValue(Random r, int depth) {
        int kind = depth > 3 ? 2 + r.nextInt(4) : r.nextInt(6);
        return switch (kind) {
            case 0 -> {
                StringBuilder b = new StringBuilder("{");
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) {
                    b.append(k > 0 ? "," : "").append(randomString(r)).append(":").append(randomValue(r, depth + 1));
                }
                yield b.append("}").toString();
            }
            case 1 -> {
                StringBuilder b = new StringBuilder("[");
                int n = r.nextInt(5);
                for (int k = 0; k < n; k++) {
                    b.append(k > 0 ? ", " : "").append(randomValue(r, depth + 1));
                }
                yield b.append("]").toString();
            }
            case 2 -> randomString(r);
            case 3 -> switch (r.nextInt(4)) {
                case 0 -> Long.toString(r.nextLong());
                case 1 -> Integer.toString(r.nextInt(1000) - 500);
                case 2 -> r.nextInt(100) + "." + r.nextInt(1000);
                default -> r.nextInt(10) + "e" + (r.nextInt(20) - 10);
            };
            case 4 -> r.nextBoolean() ? "true" : "false";
            default -> "null";
        };
    }

    private static String randomString(Random r) {
        String[] parts = {"a", "Đ", "ễ", "\\n", "\\\"", "\\u00e9", "x y", "\\\\", "😀", "\\ud83d\\ude00", ""};
        StringBuilder b = new StringBuilder("\"");
        int n = r.nextInt(4);
        for (int k = 0; k < n; k++) {
            b.append(parts[r.nextInt(parts.length)]);
        }
        return b.append('"').toString();
    }

    @Test
    void notJsonIsRefusedWithWhereAndWhat() {
        for (String s : List.of("", "{", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{a:1}", "{'a':1}", "{\"a\":01}",
                "{\"a\":1.}", "{\"a\":.5}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":\"x}",
                "{\"a\":\"\u0001\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "[1,]", "[1 2]", "{\"a\":1} x",
                "{\"a\":1}{}", "{\"a\":NaN}", "{\"a\":+1}")) {
            JsonLine.Malformed e = assertThrows(JsonLine.Malformed.class, () -> parse(s), s);
            assertTrue(e.getMessage().contains("at column "), e.getMessage());
        }
    }

    @Test
    void theColumnIsCountedFromTheLinesStart() {
        JsonLine.Malformed e = assertThrows(JsonLine.Malformed.class, () -> parse("{\"a\":1,}"));
        assertEquals("a name in quotes was expected, not '}' at column 8", e.getMessage());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThrows(JsonLine.Malformed.class, () -> parse(deep));
    }
}
