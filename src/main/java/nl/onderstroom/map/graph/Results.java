package nl.onderstroom.map.graph;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Immutable, stably ordered copies for the result records. */
final class Results {

    private Results() {
    }

    static <V> Map<String, V> sortedCopy(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    static Map<Stop, Double> enumCopy(Map<Stop, Double> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new EnumMap<>(map));
    }
}
