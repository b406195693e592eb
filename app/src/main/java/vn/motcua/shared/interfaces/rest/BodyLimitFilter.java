package vn.motcua.shared.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * Holds every request body to the limit of its operation ({@link BodyLimit}): a Content-Length above it is refused
 * with 413 before a byte of the body is read; a body without one (chunked) is refused with 413 as soon as reading
 * passes the limit. Runs after matching, since the limit depends on the operation, and before the role check and
 * everything else.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BodyLimitFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limitOf(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit));
        }
    }

    /** The operation's limit, else its resource's, else the default. */
    static long limitOf(Method method, Class<?> resource) {
        BodyLimit limit = method == null ? null : method.getAnnotation(BodyLimit.class);
        if (limit == null && resource != null) {
            limit = resource.getAnnotation(BodyLimit.class);
        }
        return limit == null ? BodyLimit.DEFAULT : limit.value();
    }

    /** A size as people write it: "16 KB", "1 MB", "100 MB", or bytes when it is no whole number of either. */
    public static String describe(long bytes) {
        if (bytes >= BodyLimit.MB && bytes % BodyLimit.MB == 0) {
            return bytes / BodyLimit.MB + " MB";
        }
        if (bytes >= BodyLimit.KB && bytes % BodyLimit.KB == 0) {
            return bytes / BodyLimit.KB + " KB";
        }
        return bytes + " byte";
    }

    /** A body refused for its size; becomes 413 (ThrowableMapper), also when a body reader wrapped it. */
    public static final class BodyTooLargeException extends RuntimeException {

        private final long limit;

        public BodyTooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** Ends with {@link BodyTooLargeException} as soon as more than {@code limit} bytes were read. */
    static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        /** No mark/reset: a re-read would be counted twice. */
        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - count + 1));
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
