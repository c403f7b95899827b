package nl.onderstroom.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.onderstroom.base.ui.LanguageSwitch;
import org.springframework.beans.factory.annotation.Value;

/** Sign in for directors, advisors and administrators. Respondents never come here. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(@Value("${onderstroom.demo:false}") boolean demo) {
        setId("login-view");
        // no menu shell here: the page itself is the one main landmark
        getElement().setAttribute("role", "main");
        addClassName("onderstroom-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        // the name, not a heading: the form's title ("Sign in") is the page's one h1
        Div brand = new Div("Onderstroom");
        brand.addClassName("onderstroom-brand");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("margin-top", "var(--lumo-space-l)");
        Paragraph tagline = new Paragraph(getTranslation("security.login.tagline"));
        tagline.addClassName("onderstroom-muted");
        tagline.getStyle().set("text-align", "center").set("max-width", "22em");

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());

        LanguageSwitch language = new LanguageSwitch();
        add(brand, tagline, form, language);
        if (demo) {
            Div hint = new Div(new Span(getTranslation("security.login.demo")));
            hint.setId("demo-hint");
            hint.addClassName("onderstroom-muted");
            hint.getStyle().set("max-width", "22em").set("text-align", "center").set("white-space", "pre-line");
            add(hint);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.email"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.errorTitle"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.errorText"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.emailRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("throttled") || params.containsKey("busy")) {
            LoginI18n i18n = i18n();
            if (params.containsKey("throttled")) {
                i18n.getErrorMessage().setTitle(getTranslation("security.login.throttledTitle"));
                i18n.getErrorMessage().setMessage(getTranslation("security.login.throttledText",
                        waitSeconds(params.get("throttled"))));
            } else {
                i18n.getErrorMessage().setTitle(getTranslation("security.login.busyTitle"));
                i18n.getErrorMessage().setMessage(getTranslation("security.login.busyText"));
            }
            form.setI18n(i18n);
            form.setError(true);
        } else {
            form.setError(params.containsKey("error"));
        }
    }

    /** The wait from the query, within sane bounds (it is typed by whoever builds the URL). */
    private static long waitSeconds(java.util.List<String> values) {
        try {
            long seconds = Long.parseLong(values.get(0));
            return Math.max(1, Math.min(seconds, 3600));
        } catch (RuntimeException e) {
            return 60;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.pageTitle");
    }
}
