package nl.onderstroom.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import nl.onderstroom.base.SafeLog;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An error while a page is built. Replaces Vaadin's own error page, which logs the exception with its message:
 * a database error's message can quote the values of the statement (a story, an answer). Logged here by type,
 * SQL state and error code only; a broken rule is shown as itself.
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        setId("server-error");
        addClassName("onderstroom-page");
        Throwable cause = parameter.getException();
        while (cause != null && !(cause instanceof UserError)) {
            cause = cause.getCause();
        }
        String text;
        int status;
        if (cause instanceof UserError userError) {
            text = Translations.text(getLocale(), userError);
            status = HttpServletResponse.SC_BAD_REQUEST;
        } else {
            LOG.error("Unexpected error while showing a page: {}", SafeLog.describe(parameter.getException()));
            text = getTranslation("base.error.unexpectedNavigation");
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        Paragraph message = new Paragraph(text);
        message.setId("server-error-text");
        add(new H1(getTranslation("base.error.title")), message, new Anchor("", getTranslation("base.notFound.home")));
        getElement().setAttribute("role", "main");
        return status;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("base.error.title"));
    }
}
