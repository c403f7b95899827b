package nl.onderstroom.report;

import java.util.Locale;

import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;

/** The {@code lang} of a document request: {@code nl} or {@code en}; without one, the reader's own language. */
public final class Languages {

    private Languages() {
    }

    /**
     * @param lang     {@code nl}, {@code en}, or {@code null}/blank for the fallback
     * @param fallback the request's locale
     * @throws UserError for any other value, naming the two that work
     */
    public static Locale of(String lang, Locale fallback) {
        if (lang == null || lang.isBlank()) {
            return ReportService.language(fallback);
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "nl" -> Translations.DUTCH;
            case "en" -> Translations.ENGLISH;
            default -> throw new UserError("report.error.lang");
        };
    }
}
