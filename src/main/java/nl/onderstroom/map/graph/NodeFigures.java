package nl.onderstroom.map.graph;

import java.util.Map;

/**
 * The figures of a shown department. Each nullable figure is {@code null} when it has too little
 * (shown) data behind it; see {@code docs/measures.md} for the formulas.
 *
 * @param respondents    respondents of this department (at least {@code k}); {@code null} when the count is hidden
 *                       to protect a smaller department: then it is at least {@code k}, the E-I index and the
 *                       response rate are left out, and the means are rounded to the nearest half
 * @param responseRate   respondents / headcount; {@code null} when the headcount is 0 or the count is hidden
 * @param cohesion       mean inner-flow rating 1..5; {@code null} with fewer than {@code k} ratings
 * @param externalFlow   pooled mean flow 1..5 over this department's shown outgoing edges
 * @param eiIndex        flow-weighted E-I index, -1 (all ties inward) .. +1 (all ties outward)
 * @param betweenness    normalised betweenness 0..1 on the working graph
 * @param clusterId      the informal cluster's id, {@code null} when in none
 * @param island         whether the department's outward connections are weak
 * @param broker         whether the department lies on many routes between others
 * @param themeMeans     theme key to mean intensity 0..4, only themes with at least {@code k} answers
 * @param identityMeans  identity key to mean rating 1..5, only keys with at least {@code k} answers
 */
public record NodeFigures(Integer respondents, Double responseRate, Double cohesion, Double externalFlow,
                          Double eiIndex, Double betweenness, Integer clusterId, boolean island, boolean broker,
                          Map<String, Double> themeMeans, Map<String, Double> identityMeans) {

    public NodeFigures {
        themeMeans = Results.sortedCopy(themeMeans);
        identityMeans = Results.sortedCopy(identityMeans);
    }

    /** Whether the respondent count is hidden (shown as "at least k") while the figures are shown. */
    public boolean countHidden() {
        return respondents == null;
    }
}
