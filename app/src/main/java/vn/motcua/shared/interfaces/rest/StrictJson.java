package vn.motcua.shared.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.motcua.shared.interfaces.rest.Limit;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Text;

/**
 * Reads a request body strictly, before JSON-B binds it: the bytes must be UTF-8, and every value must have the
 * JSON type of the field it goes to (no "123" for a number, no 123 for a text). Whole numbers must be exactly that
 * (1.5 or 1e20 for a {@code long} are refused, never rounded or wrapped) and inside the field's {@link Limit};
 * texts go through {@link Text} (control characters and lone surrogates refused, NFC, length per kind). All
 * refusals are collected and thrown together as one {@link DomainException} naming each field by its path, e.g.
 * {@code fees[0].amountVnd}. The result is the checked, normalised JSON text for JSON-B to bind.
 */
final class StrictJson {

    /**
     * The JSON-P provider, looked up once: {@code Json.createXxx} looks it up through the ServiceLoader on every call,
     * which in Payara scans the class path (milliseconds each, on every value of every body).
     */
    private static final jakarta.json.spi.JsonProvider JSONP = jakarta.json.spi.JsonProvider.provider();


    private static final Map<Class<?>, Map<String, Field>> FIELDS = new ConcurrentHashMap<>();

    private StrictJson() { }

    /** The body as text; invalid UTF-8 is a 400 naming the byte offset. A leading byte order mark is dropped. */
    static String decode(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw DomainException.invalid("request.invalidUtf8", in.position());
        }
        r = d.flush(out);
        if (r.isError()) {
            throw DomainException.invalid("request.invalidUtf8", in.position());
        }
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The checked body for {@code type}, as JSON text; throws a {@link DomainException} listing every refusal. */
    static String check(String json, Type type) {
        JsonValue tree;
        try (JsonReader r = JSONP.createReader(new StringReader(json))) {
            tree = r.readValue();
        }
        List<FieldError> errors = new ArrayList<>();
        JsonValue checked = walk(tree, type, "", null, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return checked.toString();
    }

    static JsonValue walk(JsonValue v, Type type, String path, Limit limit, List<FieldError> errors) {
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.NULL;
        }
        String field = path.isEmpty() ? "body" : path;
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return array(v, args[0], path, limit, errors);
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(v, args[1], path, limit, errors);
            }
            return v;
        }
        if (!(type instanceof Class<?> c) || c == Object.class || JsonValue.class.isAssignableFrom(c)) {
            return v;
        }
        JsonValue scalar = scalar(v, c, field, limit, errors);
        if (scalar != null) {
            return scalar;
        }
        if (c.isArray()) {
            return array(v, c.getComponentType(), path, limit, errors);
        }
        if (Collection.class.isAssignableFrom(c)) {
            return array(v, Object.class, path, limit, errors);
        }
        if (Map.class.isAssignableFrom(c)) {
            return map(v, Object.class, path, limit, errors);
        }
        if (c.getName().startsWith("java.")) {
            // Other JDK values (times, instants) are strings JSON-B parses itself; a non-string is still refused.
            return v instanceof JsonString ? v : refuse(errors, field, "request.type.text", v);
        }
        if (!(v instanceof JsonObject o)) {
            return refuse(errors, field, "request.type.object", v);
        }
        Map<String, Field> fields = fields(c);
        JsonObjectBuilder b = JSONP.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            Field f = fields.get(e.getKey());
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            b.add(e.getKey(), f == null ? e.getValue()
                    : walk(e.getValue(), f.getGenericType(), at, f.getAnnotation(Limit.class), errors));
        }
        return b.build();
    }

    /** A text, yes/no, number, enum or date field checked against its Java type; null for any other type. */
    private static JsonValue scalar(JsonValue v, Class<?> c, String field, Limit limit, List<FieldError> errors) {
        if (c == String.class) {
            if (!(v instanceof JsonString s)) {
                return refuse(errors, field, "request.type.text", v);
            }
            Text.Kind kind = limit == null ? Text.Kind.TEXT : limit.text();
            FieldError e = Text.problem(field, s.getString(), kind);
            if (e != null) {
                errors.add(e);
                return v;
            }
            String n = kind == Text.Kind.SECRET ? s.getString() : Text.nfc(s.getString());
            return n == s.getString() ? v : JSONP.createValue(n);
        }
        if (c == boolean.class || c == Boolean.class) {
            return v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE
                    ? v : refuse(errors, field, "request.type.boolean", v);
        }
        long[] bounds = integralBounds(c);
        if (bounds != null) {
            return integral(v, field, bounds, limit, errors);
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class || c == float.class
                || c == Float.class || c == BigInteger.class) {
            if (!(v instanceof JsonNumber)) {
                return refuse(errors, field, "request.type.number", v);
            }
            if (c == BigInteger.class) {
                return integral(v, field, new long[] {Long.MIN_VALUE, Long.MAX_VALUE}, limit, errors);
            }
            return v;
        }
        if (c.isEnum()) {
            if (!(v instanceof JsonString s)) {
                return refuse(errors, field, "request.type.text", v);
            }
            for (Object constant : c.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(s.getString())) {
                    return v;
                }
            }
            errors.add(new FieldError(field, "request.type.enum", shown(s.getString()),
                    Arrays.stream(c.getEnumConstants()).map(x -> ((Enum<?>) x).name()).collect(Collectors.joining(", "))));
            return v;
        }
        if (c == LocalDate.class) {
            if (!(v instanceof JsonString s)) {
                return refuse(errors, field, "request.type.date", v);
            }
            try {
                LocalDate.parse(s.getString());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field, "request.type.date"));
            }
            return v;
        }
        return null;
    }

    private static JsonValue array(JsonValue v, Type element, String path, Limit limit, List<FieldError> errors) {
        if (!(v instanceof JsonArray a)) {
            return refuse(errors, path.isEmpty() ? "body" : path, "request.type.array", v);
        }
        JsonArrayBuilder b = JSONP.createArrayBuilder();
        for (int i = 0; i < a.size(); i++) {
            b.add(walk(a.get(i), element, path + "[" + i + "]", limit, errors));
        }
        return b.build();
    }

    private static JsonValue map(JsonValue v, Type value, String path, Limit limit, List<FieldError> errors) {
        if (!(v instanceof JsonObject o)) {
            return refuse(errors, path.isEmpty() ? "body" : path, "request.type.object", v);
        }
        JsonObjectBuilder b = JSONP.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : o.entrySet()) {
            String at = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            FieldError keyError = Text.problem(at, e.getKey(), Text.Kind.CODE);
            if (keyError != null) {
                errors.add(keyError);
                continue;
            }
            b.add(Text.nfc(e.getKey()), walk(e.getValue(), value, at, limit, errors));
        }
        return b.build();
    }

    private static JsonValue integral(JsonValue v, String field, long[] bounds, Limit limit, List<FieldError> errors) {
        if (!(v instanceof JsonNumber n)) {
            return refuse(errors, field, "request.type.integer", v);
        }
        long min = Math.max(bounds[0], limit == null ? Long.MIN_VALUE : limit.min());
        long max = Math.min(bounds[1], limit == null ? Long.MAX_VALUE : limit.max());
        BigDecimal d = n.bigDecimalValue();
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(new FieldError(field, "request.range", min, max));
            return v;
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field, "request.type.integer"));
            return v;
        }
        return JSONP.createValue(d.longValueExact());
    }

    /** Inclusive range of an integral Java type, or null if {@code c} is not one. */
    private static long[] integralBounds(Class<?> c) {
        if (c == int.class || c == Integer.class) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        if (c == long.class || c == Long.class) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
        if (c == short.class || c == Short.class) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        }
        if (c == byte.class || c == Byte.class) {
            return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
        }
        return null;
    }

    private static JsonValue refuse(List<FieldError> errors, String field, String key, JsonValue v) {
        errors.add(new FieldError(field, key));
        return v;
    }

    /** A refused value as it may be quoted back: control characters and lone surrogates escaped, at most 40 chars. */
    private static String shown(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cut.length(); i++) {
            char ch = cut.charAt(i);
            b.append(ch < 0x20 || Character.isSurrogate(ch) ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
        }
        return b.toString();
    }

    /** Public instance fields by name, the subclass's first, as JSON-B sees them with our visibility strategy. */
    private static Map<String, Field> fields(Class<?> c) {
        return FIELDS.computeIfAbsent(c, k -> {
            Map<String, Field> m = new LinkedHashMap<>();
            for (Class<?> x = k; x != null && x != Object.class; x = x.getSuperclass()) {
                for (Field f : x.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                        m.putIfAbsent(f.getName(), f);
                    }
                }
            }
            return m;
        });
    }
}
