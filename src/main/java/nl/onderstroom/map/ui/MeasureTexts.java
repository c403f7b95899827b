package nl.onderstroom.map.ui;

import java.util.Locale;

import nl.onderstroom.map.graph.Measure;

/**
 * Where a measure's words live: the translation keys of its label and its one-sentence explanation
 * ({@code map.measure.<name>.label} / {@code .explain}). The pure graph package names measures; only screens know
 * how they are called.
 */
public final class MeasureTexts {

    private MeasureTexts() {
    }

    /** The key's middle part in camel case, e.g. {@code eiIndex}; also the figure's element id suffix. */
    public static String name(Measure measure) {
        String[] words = measure.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    /** e.g. {@code map.measure.density.label}. */
    public static String label(Measure measure) {
        return "map.measure." + name(measure) + ".label";
    }

    /** e.g. {@code map.measure.density.explain}. */
    public static String explain(Measure measure) {
        return "map.measure." + name(measure) + ".explain";
    }
}
