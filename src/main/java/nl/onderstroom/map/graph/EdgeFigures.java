package nl.onderstroom.map.graph;

import java.util.List;
import java.util.Map;

/**
 * The figures of a shown connection. Each nullable figure (and each distribution, then empty) is
 * absent when fewer than {@code k} respondents answered that question.
 *
 * @param respondents            respondents of {@code from} who rated {@code to} (at least {@code k})
 * @param meanFlow               mean flow rating 1..5
 * @param flowDistribution       counts of flow ratings 1..5
 * @param meanImportance         mean importance rating 1..5
 * @param importanceDistribution counts of importance ratings 1..5
 * @param frequencyDistribution  counts indexed by {@link Frequency}
 * @param modalFrequency         the most common frequency; a tie goes to the less frequent contact
 * @param stopsShare             share 0..1 saying collaboration stops somewhere (THEIRS, OURS or BOTH)
 * @param stopShares             share 0..1 per {@link Stop} kind, all four kinds
 * @param working                whether {@code meanFlow >= workingFlowMin}
 * @param reverseMeanFlow        mean flow of the reverse connection when that is shown
 * @param asymmetry              {@code meanFlow - reverseMeanFlow} when both are shown
 */
public record EdgeFigures(int respondents, Double meanFlow, List<Integer> flowDistribution, Double meanImportance,
                          List<Integer> importanceDistribution, List<Integer> frequencyDistribution,
                          Frequency modalFrequency, Double stopsShare, Map<Stop, Double> stopShares, boolean working,
                          Double reverseMeanFlow, Double asymmetry) {

    public EdgeFigures {
        flowDistribution = List.copyOf(flowDistribution);
        importanceDistribution = List.copyOf(importanceDistribution);
        frequencyDistribution = List.copyOf(frequencyDistribution);
        stopShares = Results.enumCopy(stopShares);
    }
}
