package nl.onderstroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import nl.onderstroom.base.SafeLog;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Per-session set-up: the language from the cookie (and {@code <html lang>} to match), and one error handler that turns a broken rule into a
 * message in the user's language. Unexpected errors are logged by type only, never with user input.
 */
@Component
public class UiSetup implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            HtmlLang.fromCookie(init.getRequest()).ifPresent(init.getSession()::setLocale);
            init.getSession().setErrorHandler(error -> handle(error.getThrowable()));
        });
        event.getSource().addUIInitListener(init -> {
            Locale sessionLocale = init.getUI().getSession().getLocale();
            if (sessionLocale != null && Translations.LOCALES.stream().anyMatch(l -> l.getLanguage().equals(sessionLocale.getLanguage()))) {
                init.getUI().setLocale(sessionLocale);
            }
            HtmlLang.follow(init.getUI());
        });
        // the first HTML already says its language, before the UI runs
        event.addIndexHtmlRequestListener(response -> response.getDocument().selectFirst("html")
                .attr("lang", HtmlLang.language(response.getVaadinRequest())));
    }

    /** Shows an error to the user in their language: a broken rule as itself, anything else as a plain apology. */
    public static void handle(Throwable error) {
        Throwable cause = error;
        while (cause != null && !(cause instanceof UserError) && !(cause instanceof AccessDeniedException)) {
            cause = cause.getCause();
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("Unhandled error outside a UI: {}", SafeLog.describe(error));
            return;
        }
        String message;
        if (cause instanceof UserError userError) {
            message = Translations.text(ui.getLocale(), userError);
        } else if (cause instanceof AccessDeniedException) {
            message = ui.getTranslation("base.error.forbidden");
        } else {
            LOG.error("Unexpected error in the user interface: {}", SafeLog.describe(error));
            message = ui.getTranslation("base.error.unexpected");
        }
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("error-notification");
    }
}
