package nl.onderstroom.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test only: an endpoint that fails unexpectedly, with user input in the message (ApiErrorsIT). */
@RestController
class FailingTestApi {

    static final String SECRET = "user-input-6c1f";

    @GetMapping("/api/v1/test/failure")
    String fail() {
        throw new IllegalStateException("broke on " + SECRET);
    }
}
