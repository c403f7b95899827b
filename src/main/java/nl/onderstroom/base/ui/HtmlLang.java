package nl.onderstroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import nl.onderstroom.base.Translations;

/**
 * {@code <html lang>} in the language the page is in, so a screen reader pronounces Dutch as Dutch. Written into
 * the first HTML the browser gets (from the language cookie or the browser's languages, as the UI chooses), and set
 * again whenever a UI gets its language; a screen that switches language without a reload calls {@link #follow}.
 */
public final class HtmlLang {

    private HtmlLang() {
    }

    /** Sets {@code <html lang>} to the UI's language. */
    public static void follow(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", language(ui.getLocale()));
    }

    /** "nl" or "en": the language of our translations the locale falls into. */
    static String language(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) ? "nl" : "en";
    }

    /** The language a request's page will be in: the language cookie, else the first of the browser's we speak. */
    static String language(VaadinRequest request) {
        Optional<Locale> chosen = fromCookie(request);
        if (chosen.isPresent()) {
            return language(chosen.get());
        }
        if (request != null) {
            Enumeration<Locale> wanted = request.getLocales();
            while (wanted != null && wanted.hasMoreElements()) {
                Locale l = wanted.nextElement();
                if (Translations.LOCALES.stream().anyMatch(t -> t.getLanguage().equals(l.getLanguage()))) {
                    return language(l);
                }
            }
        }
        return "en";
    }

    static Optional<Locale> fromCookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> LanguageSwitch.COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .flatMap(v -> Translations.LOCALES.stream().filter(l -> l.getLanguage().equals(v)))
                .findFirst();
    }
}
