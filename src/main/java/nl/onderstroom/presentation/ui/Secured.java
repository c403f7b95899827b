package nl.onderstroom.presentation.ui;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a screen's work, pushed from another thread, as the person looking at the screen. */
final class Secured {

    private Secured() {
    }

    static void run(SecurityContext context, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
