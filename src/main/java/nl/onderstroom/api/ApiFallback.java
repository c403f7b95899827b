package nl.onderstroom.api;

import nl.onderstroom.base.NotFound;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any path under {@code /api} that no controller serves: a 404 problem document. Without it, Spring handed such
 * requests to Vaadin, which answered 200 with the application's HTML page. The most general pattern, so every
 * real endpoint wins over it.
 */
@RestController
class ApiFallback {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFound();
    }
}
