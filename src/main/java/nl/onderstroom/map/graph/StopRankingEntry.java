package nl.onderstroom.map.graph;

/**
 * One place where collaboration stops, ranked by {@code score = stopsShare * meanImportance}.
 *
 * @param from           the rating department
 * @param to             the rated department
 * @param score          {@code stopsShare * meanImportance}, 0..5
 * @param stopsShare     share saying collaboration stops, 0..1
 * @param meanImportance mean importance 1..5
 * @param meanFlow       mean flow 1..5, {@code null} when not shown; a tie in score goes to the lower flow
 */
public record StopRankingEntry(long from, long to, double score, double stopsShare, double meanImportance,
                               Double meanFlow) {
}
