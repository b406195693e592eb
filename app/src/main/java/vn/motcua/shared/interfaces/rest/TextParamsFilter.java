package vn.motcua.shared.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.FieldError;
import vn.motcua.shared.Text;

/**
 * The text of query and path parameters goes through {@link Text} like every other text: a value that is not
 * UTF-8, holds a control character or a lone surrogate, or is longer than a {@link Text.Kind#TITLE} is a 400 naming
 * the query parameter (or {@code path} for a path segment), before any resource runs; a value not in NFC is
 * rewritten to NFC in the request URI, so that {@code q=Nguye\u0302\u0303n} searches for the same name as its composed
 * form. Numeric and paging parameters are checked where they are declared; this is only about their text.
 */
@Provider
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public class TextParamsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String rawPath = uri.getRawPath();
        String rawQuery = uri.getRawQuery();
        List<FieldError> errors = new ArrayList<>();
        String path = rawPath == null ? null : path(rawPath, errors);
        String query = rawQuery == null ? null : query(rawQuery, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (!same(path, rawPath) || !same(query, rawQuery)) {
            StringBuilder b = new StringBuilder(uri.getScheme()).append("://").append(uri.getRawAuthority()).append(path);
            if (query != null) {
                b.append('?').append(query);
            }
            request.setRequestUri(request.getUriInfo().getBaseUri(), URI.create(b.toString()));
        }
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The raw path, with a segment re-encoded only where NFC changed it. */
    private static String path(String raw, List<FieldError> errors) {
        String[] segments = raw.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].indexOf('%') < 0) {
                continue;
            }
            String value = decode(segments[i], false, "path", errors);
            if (value != null) {
                String n = Text.nfc(value);
                if (!n.equals(value)) {
                    segments[i] = URLEncoder.encode(n, StandardCharsets.UTF_8).replace("+", "%20");
                }
            }
        }
        return String.join("/", segments);
    }

    private static String query(String raw, List<FieldError> errors) {
        String[] pairs = raw.split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            int eq = pairs[i].indexOf('=');
            String rawName = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
            String name = decode(rawName, true, "query", errors);
            if (name == null) {
                continue;
            }
            String value = eq < 0 ? "" : decode(pairs[i].substring(eq + 1), true, name, errors);
            if (value == null) {
                continue;
            }
            String n = Text.nfc(value);
            if (!n.equals(value)) {
                pairs[i] = rawName + "=" + URLEncoder.encode(n, StandardCharsets.UTF_8);
            }
        }
        return String.join("&", pairs);
    }

    /** Percent-decoded strict UTF-8, checked by {@link Text}; null (with the refusal added) if refused. */
    private static String decode(String raw, boolean plusIsSpace, String field, List<FieldError> errors) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        String value;
        try {
            value = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            errors.add(new FieldError(field, "text.invalidUtf8"));
            return null;
        }
        FieldError e = Text.problem(field, value, Text.Kind.TITLE);
        if (e != null) {
            errors.add(e);
            return null;
        }
        return value;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
