package nl.onderstroom.base;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Figures in the reader's locale, the one owner for screens, reports and downloads: a decimal comma in Dutch
 * ("3,5", "1.234", "25%"), a point in English ("3.5", "1,234", "25%"); a missing figure is a dash.
 */
public final class LocalNumbers {

    /** What stands where there is no figure. */
    public static final String NONE = "–";

    private LocalNumbers() {
    }

    /** A figure with exactly {@code decimals} decimals. */
    public static String decimal(Double value, int decimals, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A whole count. */
    public static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share from 0 to 1 as a whole percentage. */
    public static String percent(Double share, Locale locale) {
        return share == null ? NONE : NumberFormat.getPercentInstance(locale).format(share);
    }

    /** A change with its sign and one decimal; a true minus sign, none for no change. */
    public static String signed(Double value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        return (value > 0 ? "+" : value < 0 ? "−" : "") + decimal(Math.abs(value), 1, locale);
    }
}
