package nl.onderstroom.map.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import nl.onderstroom.base.LocalNumbers;
import nl.onderstroom.base.Translations;
import nl.onderstroom.map.graph.Measure;

/** Formatting of figures and the small building blocks every results screen uses. */
final class Figures {

    private static final int[] RED = {192, 57, 43};
    // darker than a bright amber so that every colour of the scale has at least 3:1 against white (WCAG 1.4.11)
    private static final int[] AMBER = {196, 128, 0};
    private static final int[] GREEN = {39, 139, 87};

    private Figures() {
    }

    static String number(Double value, int decimals, Locale locale) {
        return LocalNumbers.decimal(value, decimals, locale);
    }

    /** A whole count in the user's locale (1.234 in Dutch, 1,234 in English). */
    static String count(long value, Locale locale) {
        return LocalNumbers.count(value, locale);
    }

    static String signed(Double value, Locale locale) {
        return LocalNumbers.signed(value, locale);
    }

    static String percent(Double share, Locale locale) {
        return LocalNumbers.percent(share, locale);
    }

    /** The same scale as the map: 1 red, 3 amber, 5 green. */
    static String ratingColour(Double value) {
        if (value == null) {
            return "#9aa5ad";
        }
        double t = Math.max(0, Math.min(1, (value - 1) / 4));
        int[] a = t < 0.5 ? RED : AMBER;
        int[] b = t < 0.5 ? AMBER : GREEN;
        double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
        return "rgb(" + mix(a[0], b[0], u) + "," + mix(a[1], b[1], u) + "," + mix(a[2], b[2], u) + ")";
    }

    /** Black or white, whichever reads better on {@link #ratingColour} of the value (WCAG AA: at least 4.5:1). */
    static String textOnRating(Double value) {
        return textOn(ratingColour(value));
    }

    /**
     * Black or white, whichever contrasts more with the background. Every colour has at least 4.58:1 with one of
     * them (the worst case is a luminance of 0.179), so text on any cell of a heat map meets WCAG AA.
     */
    static String textOn(String background) {
        return contrast(background, "#000000") >= contrast(background, "#ffffff") ? "#000000" : "#ffffff";
    }

    /** WCAG relative luminance of an {@code rgb(r,g,b)} or {@code #rrggbb} colour. */
    static double luminance(String colour) {
        int[] c = new int[3];
        if (colour.startsWith("#")) {
            for (int i = 0; i < 3; i++) {
                c[i] = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16);
            }
        } else {
            String[] parts = colour.substring(colour.indexOf('(') + 1, colour.indexOf(')')).split(",");
            for (int i = 0; i < 3; i++) {
                c[i] = Integer.parseInt(parts[i].trim());
            }
        }
        double[] weights = {0.2126, 0.7152, 0.0722};
        double l = 0;
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            l += weights[i] * (s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4));
        }
        return l;
    }

    /** WCAG contrast ratio of two colours, 1 to 21. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** A sequential scale for theme intensity 0..4: white to deep violet. */
    static String intensityColour(Double value) {
        if (value == null) {
            return "transparent";
        }
        double t = Math.max(0, Math.min(1, value / 4));
        return "rgb(" + mix(250, 84, t) + "," + mix(247, 39, t) + "," + mix(252, 143, t) + ")";
    }

    private static int mix(int a, int b, double u) {
        return (int) Math.round(a + (b - a) * u);
    }

    /**
     * A figure with its label, value and one-sentence explanation (visible as small text and as a tooltip), with
     * id {@code figure-<measure>}.
     */
    static Component figure(Component owner, Measure measure, String value) {
        return figure(owner, measure, value, MeasureTexts.explain(measure));
    }

    /** A figure whose explanation differs from the measure's general one (e.g. respondents of a connection). */
    static Component figure(Component owner, Measure measure, String value, String explainKey) {
        Div figure = new Div();
        figure.addClassName("results-figure");
        figure.setId("figure-" + MeasureTexts.name(measure));
        Span label = new Span(owner.getTranslation(MeasureTexts.label(measure)));
        label.addClassName("results-figure-label");
        Span shown = new Span(value);
        shown.addClassName("results-figure-value");
        Span explain = new Span(owner.getTranslation(explainKey));
        explain.addClassName("results-figure-explain");
        figure.add(label, shown, explain);
        Tooltip.forComponent(shown).withText(owner.getTranslation(explainKey));
        return figure;
    }

    /**
     * A distribution as horizontal bars: one row per answer value with its label and count, the bar as wide as the
     * count's share.
     */
    static Component bars(String id, String title, List<String> labels, List<? extends Number> counts, Locale locale) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("results-bars");
        Span heading = new Span(title);
        heading.addClassName("results-bars-title");
        box.add(heading);
        double total = counts.stream().mapToDouble(Number::doubleValue).sum();
        for (int i = 0; i < counts.size() && i < labels.size(); i++) {
            double v = counts.get(i).doubleValue();
            Div row = new Div();
            row.addClassName("results-bar-row");
            Span label = new Span(labels.get(i));
            label.addClassName("results-bar-label");
            Div track = new Div();
            track.addClassName("results-bar-track");
            Div bar = new Div();
            bar.addClassName("results-bar");
            bar.setWidth(total == 0 ? "0" : Math.round(100 * v / total) + "%");
            track.add(bar);
            Span value = new Span(counts.get(i) instanceof Double d ? percent(d, locale)
                    : count(counts.get(i).longValue(), locale));
            value.addClassName("results-bar-value");
            row.add(label, track, value);
            box.add(row);
        }
        return box;
    }

    /** A theme key's display name: its translation when the scan feature provides one, else the key. */
    static String theme(java.util.Locale locale, String key) {
        String translationKey = "scan.theme." + key;
        String text = Translations.get(locale, translationKey);
        return text.equals(translationKey) ? key : text;
    }
}
