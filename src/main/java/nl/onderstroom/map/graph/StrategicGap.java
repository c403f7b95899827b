package nl.onderstroom.map.graph;

/**
 * A missing strategic tie: an important connection that flows poorly.
 *
 * @param from           the rating department
 * @param to             the rated department
 * @param meanImportance mean importance 1..5
 * @param meanFlow       mean flow 1..5
 * @param gap            {@code meanImportance - meanFlow}; the list is sorted by this, largest first
 */
public record StrategicGap(long from, long to, double meanImportance, double meanFlow, double gap) {
}
