package nl.onderstroom.map.graph;

import java.util.Map;
import java.util.TreeMap;

/**
 * The organisation's theme and identity means, pooled over departments whose figures and count are both shown, and
 * within those over cells with at least k answers. A department whose count is hidden stays out: with a hidden count
 * n and a shown mean m, the pooled mean (A + m n) / (B + n) of shown A, B would give n away.
 *
 * @param themes   theme key to pooled mean intensity 0..4
 * @param identity identity key to pooled mean rating 1..5
 */
record PooledMeans(Map<String, Double> themes, Map<String, Double> identity) {

    PooledMeans {
        themes = Map.copyOf(themes);
        identity = Map.copyOf(identity);
    }

    static PooledMeans of(MapInput input, Disclosure disclosure) {
        Map<String, long[]> themes = new TreeMap<>();
        Map<String, long[]> identity = new TreeMap<>();
        for (Department d : input.tree().departments()) {
            DepartmentTally t = input.tally(d.id());
            if (disclosure.figuresShown(d.id()) && disclosure.countShown(d.id()) && t != null) {
                pool(themes, t.themeCounts(), 0, disclosure.k());
                pool(identity, t.identityCounts(), 1, disclosure.k());
            }
        }
        return new PooledMeans(means(themes), means(identity));
    }

    private static void pool(Map<String, long[]> pool, Map<String, int[]> countsByKey, int firstValue, int k) {
        countsByKey.forEach((key, counts) -> {
            int answers = Distribution.answers(counts);
            if (answers >= k) {
                long[] p = pool.computeIfAbsent(key, x -> new long[2]);
                p[0] += Distribution.weightedSum(counts, firstValue);
                p[1] += answers;
            }
        });
    }

    private static Map<String, Double> means(Map<String, long[]> pool) {
        Map<String, Double> means = new TreeMap<>();
        pool.forEach((key, p) -> means.put(key, (double) p[0] / p[1]));
        return means;
    }
}
