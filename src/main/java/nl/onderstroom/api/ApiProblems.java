package nl.onderstroom.api;

import java.util.Locale;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as an RFC 9457 problem detail, its text in the language the client asks for. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound error, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, Translations.text(locale, error), error.key());
    }

    @ExceptionHandler(UserError.class)
    ProblemDetail userError(UserError error, Locale locale) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, Translations.text(locale, error), error.key());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException error, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, Translations.get(locale, "api.error.forbidden"), "api.error.forbidden");
    }

    static ProblemDetail problem(HttpStatus status, String detail, String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", key);
        return problem;
    }
}
