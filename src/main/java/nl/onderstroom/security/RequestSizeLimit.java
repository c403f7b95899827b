package nl.onderstroom.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.onderstroom.base.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code onderstroom.max-request-size} (a 290 MB upload ran the server out of memory):
 * an announced {@code Content-Length} over the limit is answered 413 before anything is read; a body without one
 * (chunked) is cut off when it passes the limit, and the API answers that 413 too (api/ApiProblems). Under
 * {@code /api} the answer is a problem document.
 */
public final class RequestSizeLimit extends OncePerRequestFilter {

    /** Thrown while reading a body that has passed the limit. */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super("request body too large", null);
        }
    }

    private final long limit;
    private final ObjectMapper json;

    RequestSizeLimit(DataSize limit, ObjectMapper json) {
        this.limit = limit.toBytes();
        this.json = json;
    }

    /** Whether the error (or one of its causes) is a body over the limit. */
    public static boolean isTooLarge(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** The limit for people: "64 MB". */
    public static String describe(DataSize size) {
        return size.toMegabytes() + " MB";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            // do not let the container read the rest of a huge body to keep the connection
            response.setHeader("Connection", "close");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                ProblemResponses.write(json, response, HttpStatus.PAYLOAD_TOO_LARGE, "api.error.tooLarge",
                        request.getLocale(), describe(DataSize.ofBytes(limit)));
            } else {
                // written here, not by sendError: the error page would be a second, authenticated dispatch
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(Translations.get(request.getLocale(), "api.error.tooLarge",
                        describe(DataSize.ofBytes(limit))));
            }
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, limit) : request, response);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Counted extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int count(int n) throws TooLarge {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new TooLarge();
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
