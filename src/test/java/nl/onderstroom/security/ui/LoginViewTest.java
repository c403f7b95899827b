package nl.onderstroom.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import nl.onderstroom.base.Translations;
import nl.onderstroom.ViewTestSupport;
import org.junit.jupiter.api.Test;

class LoginViewTest extends ViewTestSupport {

    private static void openLogin(String... parameters) {
        Map<String, String> query = new java.util.HashMap<>();
        for (String p : parameters) {
            String[] kv = p.split("=", 2);
            query.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        UI.getCurrent().navigate("login", QueryParameters.simple(query));
    }

    private static String formTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_view() {
        UI.getCurrent().navigate("");
        assertThat(currentView()).isEqualTo(LoginView.class);
        _get(LoginForm.class, spec -> spec.withId("login-form"));
    }

    @Test
    void the_login_view_shows_the_form_and_the_language_switch() {
        openLogin();
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(formTexts(form)).contains(t("security.login.submit"));
        assertThat(_get(Select.class, spec -> spec.withId("language-switch")).isVisible()).isTrue();
    }

    @Test
    void a_failed_login_shows_the_error_state() {
        openLogin("error");
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.isError()).isTrue();
        assertThat(formTexts(form)).contains(t("security.login.errorTitle")).doesNotContain(t("security.login.throttledTitle"));
    }

    @Test
    void a_throttled_sign_in_says_how_long_to_wait() {
        openLogin("throttled=75");
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.isError()).isTrue();
        assertThat(formTexts(form)).contains(t("security.login.throttledTitle"))
                .contains(Translations.get(Translations.ENGLISH, "security.login.throttledText", 75L));
    }

    @Test
    void a_busy_sign_in_asks_to_try_again_in_a_moment() {
        openLogin("busy");
        LoginForm form = _get(LoginForm.class, spec -> spec.withId("login-form"));
        assertThat(form.isError()).isTrue();
        assertThat(formTexts(form)).contains(t("security.login.busyTitle"), t("security.login.busyText"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void switching_the_language_on_the_login_view_translates_the_form() {
        openLogin();
        assertThat(formTexts(_get(LoginForm.class, spec -> spec.withId("login-form"))))
                .contains(Translations.get(Translations.ENGLISH, "security.login.submit"));
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-switch"));
        _setValue(language, Translations.DUTCH, true);

        assertThat(currentView()).isEqualTo(LoginView.class);
        assertThat(formTexts(_get(LoginForm.class, spec -> spec.withId("login-form"))))
                .contains(Translations.get(Translations.DUTCH, "security.login.submit"))
                .doesNotContain(Translations.get(Translations.ENGLISH, "security.login.submit"));
        assertThat(_get(Select.class, spec -> spec.withId("language-switch")).getValue()).isEqualTo(Translations.DUTCH);
    }
}
