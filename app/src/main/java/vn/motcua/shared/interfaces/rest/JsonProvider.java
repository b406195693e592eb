package vn.motcua.shared.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyVisibilityStrategy;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The API's JSON reader and writer, so that one known JSON-B configuration applies: Payara's Jersey carries
 * several JSON providers (MOXy, Jackson, JSON-B) and the one it picked wrote the record DTOs as {}.
 * Record component fields are the properties. As a writer it ties with Payara's own JSON-B provider, and which of
 * the two writes a given response differs from one deployment to the next (CI saw both). So this writer, like
 * Payara's, leaves null fields out (a token without an expiry has no {@code expiresAt}; a field marked
 * {@code @JsonbNillable} is written as null): an answer has the same shape whichever writer Jersey picks.
 * Bodies are read by {@link StrictJsonReader} (ranked first; this reader does the same if Jersey picks it): UTF-8,
 * JSON types, exact whole numbers within range, text through {@code Text}, refusals naming each field; JSON-B then
 * binds the checked, NFC-normalised body.
 * Malformed input surfaces as a JsonParsingException, which {@code ThrowableMapper} turns into 400.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .withPropertyVisibilityStrategy(new PropertyVisibilityStrategy() {
                @Override
                public boolean isVisible(Field field) {
                    return !Modifier.isStatic(field.getModifiers());
                }

                @Override
                public boolean isVisible(Method method) {
                    return false;
                }
            }));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isOurs(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream)
            throws java.io.IOException {
        return StrictJsonReader.read(entityStream, genericType);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isOurs(type);
    }

    @Override
    public void writeTo(Object o, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws java.io.IOException {
        if (o instanceof String s) {
            entityStream.write(s.getBytes(StandardCharsets.UTF_8));
            return;
        }
        JSONB.toJson(o, genericType, entityStream);
    }

    /** Strings (pre-rendered JSON such as problem documents) pass through; JSON-P values stay with Jersey. */
    static boolean isOurs(Class<?> type) {
        return !jakarta.json.JsonValue.class.isAssignableFrom(type) && type != byte[].class
                && !InputStream.class.isAssignableFrom(type);
    }
}
