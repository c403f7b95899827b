package nl.onderstroom.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times per interaction kind, kept by the simulation itself: Gatling 3.14's report is HTML only, and
 * docs/performance.md needs p50/p95/max per kind as text. Percentiles are nearest-rank over the answered requests
 * of a kind; a request that got no answer at all counts only as a KO.
 */
final class Timings {

    private record Sample(int millis, boolean ok) {
    }

    private static final Map<String, ConcurrentLinkedQueue<Sample>> SAMPLES = new ConcurrentHashMap<>();

    private Timings() {
    }

    static void record(String kind, int millis, boolean ok) {
        SAMPLES.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(new Sample(millis, ok));
        SAMPLES.computeIfAbsent("ALL", k -> new ConcurrentLinkedQueue<>()).add(new Sample(millis, ok));
    }

    /** One line per kind: {@code kind n=… ko=… p50=… p95=… max=…} (ms), "ALL" first. */
    static List<String> lines() {
        List<String> out = new ArrayList<>();
        SAMPLES.keySet().stream().sorted((a, b) -> a.equals("ALL") ? -1 : b.equals("ALL") ? 1 : a.compareTo(b)).forEach(kind -> {
            List<Sample> all = new ArrayList<>(SAMPLES.get(kind));
            int[] ms = all.stream().mapToInt(Sample::millis).filter(m -> m >= 0).sorted().toArray();
            long ko = all.stream().filter(s -> !s.ok()).count();
            out.add(String.format("%-18s n=%6d ko=%4d p50=%6d ms p95=%6d ms max=%6d ms", kind, all.size(), ko,
                    rank(ms, 0.50), rank(ms, 0.95), ms.length == 0 ? 0 : ms[ms.length - 1]));
        });
        return out;
    }

    private static int rank(int[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
