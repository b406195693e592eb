package vn.motcua.shared.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON request body through {@link StrictJson}, then binds it with {@link JsonProvider}'s JSON-B. A
 * reader of its own, ranked first: Payara's Jersey registers its JSON-B provider as well, and with the same media
 * and entity types the two tie, so without the rank the body was bound by Jersey's (lenient) one: {@code 1e20}
 * wrapped into a long, {@code 123} read as the text "123", a NUL reaching PostgreSQL (issue 11).
 */
@Provider
@Priority(1)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonProvider.isOurs(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(entityStream, genericType);
    }

    static Object read(InputStream entityStream, Type genericType) throws IOException {
        String body = StrictJson.decode(entityStream.readAllBytes());
        if (body.isBlank()) {
            return JsonProvider.JSONB.fromJson(body, genericType);
        }
        return JsonProvider.JSONB.fromJson(StrictJson.check(body, genericType), genericType);
    }
}
