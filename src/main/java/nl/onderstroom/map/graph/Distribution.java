package nl.onderstroom.map.graph;

import java.util.List;

/**
 * Counts per answer value ("a distribution"): {@code counts[i]} people gave the value {@code firstValue + i}. The one
 * place their total, weighted sum and mean are computed (ratings start at 1, frequency scores at 0).
 */
public final class Distribution {

    private Distribution() {
    }

    /** How many answers the counts hold. */
    public static int answers(int[] counts) {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    /** Sum of {@code (firstValue + i) * counts[i]}. */
    public static long weightedSum(int[] counts, int firstValue) {
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += (long) (firstValue + i) * counts[i];
        }
        return sum;
    }

    /** The mean answer, or {@code null} with fewer than {@code minimum} answers (and always with none). */
    public static Double mean(int[] counts, int firstValue, int minimum) {
        int answers = answers(counts);
        return answers == 0 || answers < minimum ? null : (double) weightedSum(counts, firstValue) / answers;
    }

    /** {@link #mean(int[], int, int)} of a distribution held as a list. */
    public static Double mean(List<Integer> counts, int firstValue, int minimum) {
        return mean(counts.stream().mapToInt(Integer::intValue).toArray(), firstValue, minimum);
    }
}
