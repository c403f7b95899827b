package nl.onderstroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.function.Consumer;
import nl.onderstroom.base.Translations;

/**
 * Switches between Dutch and English. The choice holds for the whole session and is remembered in a cookie;
 * without one, the browser's language decides.
 */
public class LanguageSwitch extends Select<Locale> {

    static final String COOKIE = "onderstroom-lang";

    public LanguageSwitch() {
        this(LanguageSwitch::choose);
    }

    /**
     * A switch that hands the chosen language to {@code onChoose} instead of reloading the page, for a screen that
     * keeps what was typed and draws itself anew (it calls {@link #remember(Locale)}).
     */
    public LanguageSwitch(Consumer<Locale> onChoose) {
        setId("language-switch");
        addClassName("onderstroom-language");
        setItems(Translations.LOCALES);
        setItemLabelGenerator(l -> "nl".equals(l.getLanguage()) ? "Nederlands" : "English");
        setAriaLabel(getTranslation("base.language.label"));
        setWidth("9.5em");
        setValue(current());
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChoose.accept(e.getValue());
            }
        });
    }

    static Locale current() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        return "nl".equals(locale.getLanguage()) ? Translations.DUTCH : Translations.ENGLISH;
    }

    /** Applies a language to the session and reloads the page so every text is drawn anew. */
    public static void choose(Locale locale) {
        remember(locale);
        UI.getCurrent().getPage().reload();
    }

    /** Applies a language to the session and the page, and remembers it in a cookie; draws nothing anew. */
    public static void remember(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
    }
}
