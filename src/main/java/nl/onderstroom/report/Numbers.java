package nl.onderstroom.report;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures in the reader's locale: a decimal comma in Dutch ("3,5", "25%"), a point in English. */
final class Numbers {

    private Numbers() {
    }

    static String decimal(Double value, int decimals, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    static String percent(Double share, Locale locale) {
        return share == null ? "–" : NumberFormat.getPercentInstance(locale).format(share);
    }

    static String signed(Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        return (value > 0 ? "+" : value < 0 ? "−" : "") + decimal(Math.abs(value), 1, locale);
    }
}
