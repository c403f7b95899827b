package nl.onderstroom.map.graph;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Validation and copying of count arrays shared by the tally records. */
final class Tallies {

    private Tallies() {
    }

    static int[] copy(int[] counts, int length, String what) {
        Objects.requireNonNull(counts, what);
        if (counts.length != length) {
            throw new IllegalArgumentException(what + " must have length " + length + ": " + counts.length);
        }
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException(what + " has a negative count: " + Arrays.toString(counts));
            }
        }
        return counts.clone();
    }

    static Map<String, int[]> copy(Map<String, int[]> countsByKey, int length, String what) {
        Objects.requireNonNull(countsByKey, what);
        Map<String, int[]> copy = new LinkedHashMap<>();
        countsByKey.forEach((key, counts) ->
                copy.put(Objects.requireNonNull(key, what + " key"), copy(counts, length, what + "[" + key + "]")));
        return copy;
    }

    static Map<String, int[]> deepCopy(Map<String, int[]> countsByKey) {
        Map<String, int[]> copy = new LinkedHashMap<>();
        countsByKey.forEach((key, counts) -> copy.put(key, counts.clone()));
        return copy;
    }

}
