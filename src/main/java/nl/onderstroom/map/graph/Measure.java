package nl.onderstroom.map.graph;

import java.util.Locale;

/**
 * Every measure the map shows, with the translation keys of its label and its one-sentence
 * explanation ({@code map.measure.<name>.label} / {@code .explain}).
 */
public enum Measure {
    RESPONDENTS, TOTAL_RESPONDENTS, SUBTREE_RESPONDENTS, RESPONSE_RATE, SUPPRESSED,
    COHESION, EXTERNAL_FLOW, EI_INDEX, ISLAND, BETWEENNESS, BROKER,
    CLUSTER, MODULARITY, CROSS_UNIT_CLUSTER_SHARE, ADJUSTED_RAND_INDEX,
    DENSITY, RECIPROCITY,
    MEAN_FLOW, MEAN_IMPORTANCE, MODAL_FREQUENCY, STOPS_SHARE, ASYMMETRY, WORKING_EDGE,
    MISSING_STRATEGIC_TIE, STOP_SCORE, THEME_MEAN, IDENTITY_MEAN;

    /** The key's middle part in camel case, e.g. {@code eiIndex}. */
    public String keyName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    /** e.g. {@code map.measure.density.label}. */
    public String labelKey() {
        return "map.measure." + keyName() + ".label";
    }

    /** e.g. {@code map.measure.density.explain}. */
    public String explainKey() {
        return "map.measure." + keyName() + ".explain";
    }
}
