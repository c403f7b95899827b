package nl.onderstroom.findings.ui;

import java.util.function.Supplier;

import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import org.springframework.security.access.AccessDeniedException;

/** How the findings screen makes a service call from a click: a refusal is shown, and the page re-reads either way. */
final class UiCalls {

    private UiCalls() {
    }

    static void act(Supplier<?> call, Runnable then) {
        try {
            call.get();
        } catch (UserError | AccessDeniedException error) {
            UiSetup.handle(error);
        }
        then.run();
    }
}
