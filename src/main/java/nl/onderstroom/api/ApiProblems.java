package nl.onderstroom.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import java.util.Locale;
import nl.onderstroom.base.csv.CsvProblem;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.SafeLog;
import nl.onderstroom.map.ResultsNotYet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.onderstroom.security.RequestSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.WebRequest;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as an RFC 9457 problem detail, its text in the language the client asks for. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final DataSize limit;

    ApiProblems(@Value("${onderstroom.max-request-size}") DataSize limit) {
        this.limit = limit;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound error, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, Translations.text(locale, error), error.key());
    }

    @ExceptionHandler(UserError.class)
    ProblemDetail userError(UserError error, Locale locale) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, Translations.text(locale, error), error.key());
    }

    /** Results of a scan that still collects: not an error of the request, a state of the scan (409). */
    @ExceptionHandler(ResultsNotYet.class)
    ProblemDetail resultsNotYet(ResultsNotYet error, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, Translations.text(locale, error), error.key());
        if (error.closesOn() != null) {
            problem.setProperty("closesOn", error.closesOn().toString());
        }
        return problem;
    }

    /**
     * Anything unexpected: a 500 without detail, logged by type, SQL state and error code only. Left to the
     * servlet container, the exception's message would be logged, and a database error's message can quote the
     * values of the statement: a story, an answer.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception error, Locale locale) throws Exception {
        if (error instanceof AuthenticationException) {
            throw error; // Spring Security answers it (401)
        }
        LOG.error("Unexpected error in the API: {}", SafeLog.describe(error));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Translations.get(locale, "api.error.unexpected"),
                "api.error.unexpected");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException error, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, Translations.get(locale, "api.error.forbidden"), "api.error.forbidden");
    }

    /** A body larger than the limit, noticed while reading it (a chunked upload): 413, like the announced ones. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException error,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (RequestSizeLimit.isTooLarge(error)) {
            Locale locale = request.getLocale();
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, Translations.get(locale, "api.error.tooLarge",
                            RequestSizeLimit.describe(limit)), "api.error.tooLarge"));
        }
        return super.handleHttpMessageNotReadable(error, headers, status, request);
    }

    /**
     * Every other error Spring MVC answers itself (JSON of the wrong shape or type, a path id that is no number, a
     * method or media type the endpoint does not take): the same status, but with a code and a translated detail
     * instead of Spring's English default. A JSON value of the wrong type names its field.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception error, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail p && p.getProperties() != null && p.getProperties().containsKey("code")) {
            return super.handleExceptionInternal(error, body, headers, status, request);
        }
        Locale locale = request.getLocale();
        HttpStatus known = HttpStatus.resolve(status.value());
        HttpStatus answer = known == null ? HttpStatus.BAD_REQUEST : known;
        String field = error instanceof HttpMessageNotReadableException unreadable
                && unreadable.getCause() instanceof MismatchedInputException mismatch ? fieldOf(mismatch) : null;
        String key = switch (status.value()) {
            case 405 -> "api.error.methodNotAllowed";
            case 406 -> "api.error.notAcceptable";
            case 415 -> "api.error.unsupportedMediaType";
            default -> status.is5xxServerError() ? "api.error.unexpected"
                    : field != null ? "api.error.wrongType" : "api.error.badRequest";
        };
        ProblemDetail problem = problem(answer, Translations.get(locale, key, field), key);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return super.handleExceptionInternal(error, problem, headers, status, request);
    }

    private static String fieldOf(MismatchedInputException mismatch) {
        StringBuilder path = new StringBuilder();
        for (var reference : mismatch.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** One problem of an uploaded file, with its line (0: the whole file), its key and the sentence it stands for. */
    record ImportError(int line, String code, String message) {
    }

    /**
     * The 422 answer to a CSV upload that was refused as a whole: {@code failedKey} says how many problems there
     * are, and {@code errors} lists each with its line, in the caller's language.
     */
    static ResponseEntity<ProblemDetail> importRefused(String failedKey, List<CsvProblem> problems, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY,
                Translations.get(locale, failedKey, problems.size()), failedKey);
        problem.setProperty("errors", problems.stream()
                .map(p -> new ImportError(p.line(), p.key(), Translations.get(locale, p.key(), p.args().toArray())))
                .toList());
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String detail, String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", key);
        return problem;
    }
}
