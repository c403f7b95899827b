package nl.onderstroom.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.OrganisationMap;

/**
 * Computed maps of the most recently used scans (Caffeine, bounded). A map is reused while the scan's k and
 * departments are unchanged and no response changed. A change that arrives while a map is being computed wins: that
 * result is not kept. Only computations in flight are tracked for this, so nothing grows with the number of scans.
 */
final class MapCache {

    private record Cached(int k, List<Department> departments, OrganisationMap map) {
    }

    /** One computation in flight; {@code stale} once the scan's responses changed during it. */
    private static final class Computation {
        boolean stale;
    }

    private final Cache<Long, Cached> cache;
    private final Object lock = new Object();
    private final Map<Long, List<Computation>> inFlight = new HashMap<>();

    MapCache(int maximumScans) {
        // maintenance (eviction) runs in the calling thread: the bound holds as soon as put returns
        cache = Caffeine.newBuilder().maximumSize(maximumScans).executor(Runnable::run).build();
    }

    /** The scan's map: the cached one if still valid, else {@code compute}'s (kept unless a change came meanwhile). */
    OrganisationMap get(long scanId, int k, List<Department> departments, Supplier<OrganisationMap> compute) {
        Cached hit = cache.getIfPresent(scanId);
        if (hit != null && hit.k() == k && hit.departments().equals(departments)) {
            return hit.map();
        }
        Computation computation = new Computation();
        synchronized (lock) {
            inFlight.computeIfAbsent(scanId, id -> new ArrayList<>()).add(computation);
        }
        OrganisationMap map = null;
        try {
            map = compute.get();
            return map;
        } finally {
            synchronized (lock) {
                List<Computation> running = inFlight.get(scanId);
                running.remove(computation);
                if (running.isEmpty()) {
                    inFlight.remove(scanId);
                }
                if (map != null && !computation.stale) {
                    cache.put(scanId, new Cached(k, departments, map));
                }
            }
        }
    }

    /** Forgets the scan's map; a computation of it in flight will not be kept. */
    void invalidate(long scanId) {
        synchronized (lock) {
            inFlight.getOrDefault(scanId, List.of()).forEach(c -> c.stale = true);
            cache.invalidate(scanId);
        }
    }

    /** How many scans' maps are held (for tests of the bound). */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** How many scans have a computation in flight (for tests: nothing is kept for scans no longer computed). */
    int inFlight() {
        synchronized (lock) {
            return inFlight.size();
        }
    }
}
