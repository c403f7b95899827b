package nl.onderstroom.base;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The translations outside the UI (REST problem details, logs meant for operators). Views use
 * Vaadin's {@code getTranslation}, which reads the same files.
 */
public final class Translations {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);
    private static final String BUNDLE = "vaadin-i18n/translations";

    private Translations() {
    }

    public static String get(Locale locale, String key, Object... args) {
        Locale effective = "nl".equals(locale == null ? null : locale.getLanguage()) ? DUTCH : ENGLISH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] resolved = args.clone();
            for (int i = 0; i < resolved.length; i++) {
                if (resolved[i] instanceof Localized text) {
                    resolved[i] = text.in(effective);
                }
            }
            return new MessageFormat(pattern, effective).format(resolved);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String text(Locale locale, UserError error) {
        return get(locale, error.key(), error.args());
    }
}
