package nl.onderstroom.report;

import java.util.Locale;

import nl.onderstroom.base.LocalNumbers;

/** The report's short names for {@link LocalNumbers}, the one owner of figures in the reader's locale. */
final class Numbers {

    private Numbers() {
    }

    static String decimal(Double value, int decimals, Locale locale) {
        return LocalNumbers.decimal(value, decimals, locale);
    }

    static String count(long value, Locale locale) {
        return LocalNumbers.count(value, locale);
    }

    static String percent(Double share, Locale locale) {
        return LocalNumbers.percent(share, locale);
    }

    static String signed(Double value, Locale locale) {
        return LocalNumbers.signed(value, locale);
    }
}
