package nl.onderstroom.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import nl.onderstroom.base.Translations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** RFC 9457 problem details for the API's 401 and 403 answers, which happen before any controller runs. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json) {
        return (request, response, e) -> {
            if (e instanceof LoginRefused refused) {
                response.setHeader("Retry-After", Long.toString(refused.retryAfter().toSeconds()));
                boolean busy = refused instanceof LoginRefused.Busy;
                write(json, response, busy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS,
                        busy ? "api.error.busy" : "api.error.throttled", request.getLocale());
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"onderstroom\", Bearer");
            write(json, response, HttpStatus.UNAUTHORIZED, "api.error.unauthorized", request.getLocale());
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.FORBIDDEN, "api.error.forbidden", request.getLocale());
    }

    static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String key, Locale locale,
                      Object... args) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, Translations.get(locale, key, args));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", key);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
