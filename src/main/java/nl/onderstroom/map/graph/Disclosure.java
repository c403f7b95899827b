package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.onderstroom.base.disclosure.CountSuppression;

/**
 * What the map may show, decided before any figure is computed: which departments show their figures and their
 * count, which subtree totals are shown, and which connections. Every later step reads only what this allows.
 *
 * @param k             the anonymity threshold
 * @param figuresShown  departments whose figures are shown (at least k respondents, not stripped to protect another)
 * @param countsShown   departments whose own respondent count is shown (else "at least k" when their figures are)
 * @param subtreeTotals shown subtree totals by department id; a department without an entry shows none
 * @param totalShown    the organisation's total, {@code null} when hidden
 */
record Disclosure(int k, Set<Long> figuresShown, Set<Long> countsShown, Map<Long, Integer> subtreeTotals,
                  Integer totalShown) {

    Disclosure {
        figuresShown = Set.copyOf(figuresShown);
        countsShown = Set.copyOf(countsShown);
        subtreeTotals = Map.copyOf(subtreeTotals);
    }

    /**
     * Which counts are shown: the one rule shared with the live response counts ({@link CountSuppression}). A
     * department whose count is hidden although it has at least k respondents keeps its figures, unless a shown
     * connection of it proves a lower bound on its count that would pin down a hidden small count; then the
     * department whose figures cost the map least (fewest shown connections) loses its figures.
     */
    static Disclosure decide(MapInput input, int k) {
        List<CountSuppression.Unit> units = new ArrayList<>();
        for (Department d : input.tree().departments()) {
            units.add(new CountSuppression.Unit(d.id(), d.parentId(), input.respondents(d.id())));
        }
        CountSuppression.Outcome outcome = CountSuppression.suppress(units, k);
        Set<Long> countsShown = new HashSet<>();
        Set<Long> figuresShown = new HashSet<>();
        Map<Long, Integer> subtreeTotals = new HashMap<>();
        for (Department d : input.tree().departments()) {
            if (outcome.countShown(d.id())) {
                countsShown.add(d.id());
            }
            if (input.respondents(d.id()) >= k) {
                figuresShown.add(d.id());
            }
            if (outcome.subtreeShown(d.id()) != null) {
                subtreeTotals.put(d.id(), outcome.subtreeShown(d.id()));
            }
        }
        while (true) {
            Map<Long, Integer> bounds = lowerBounds(input.connections(), countsShown, figuresShown, k);
            if (outcome.exposed(bounds).isEmpty()) {
                break;
            }
            List<Long> candidates = new ArrayList<>();
            for (Department d : input.tree().departments()) {
                if (bounds.getOrDefault(d.id(), 0) > k) {
                    candidates.add(d.id());
                }
            }
            candidates.sort(Comparator.comparingInt((Long id) -> shownOutgoing(input.connections(), id, k))
                    .thenComparingInt(input::respondents).thenComparingLong(id -> id));
            long strip = candidates.get(0);
            for (long candidate : candidates) {
                Map<Long, Integer> without = new HashMap<>(bounds);
                without.remove(candidate);
                if (outcome.exposed(without).isEmpty()) {
                    strip = candidate;
                    break;
                }
            }
            figuresShown.remove(strip);
        }
        return new Disclosure(k, figuresShown, countsShown, subtreeTotals, outcome.totalShown());
    }

    boolean figuresShown(long departmentId) {
        return figuresShown.contains(departmentId);
    }

    boolean countShown(long departmentId) {
        return countsShown.contains(departmentId);
    }

    /** The department's shown subtree total, or {@code null}. */
    Integer subtreeShown(long departmentId) {
        return subtreeTotals.get(departmentId);
    }

    /**
     * An edge is shown with at least k respondents and a department that shows its figures. The second condition
     * matters for a department that lost its figures to protect a smaller one: its shown edges would prove a lower
     * bound on its count that pins the smaller one down.
     */
    boolean edgeShown(ConnectionTally c) {
        return c.respondents() >= k && figuresShown(c.from());
    }

    /**
     * What the shown connections prove about hidden counts: a department whose count is hidden but whose connection
     * rated by r of its people is shown has at least r respondents.
     */
    private static Map<Long, Integer> lowerBounds(List<ConnectionTally> connections, Set<Long> countsShown,
                                                  Set<Long> figuresShown, int k) {
        Map<Long, Integer> bounds = new HashMap<>();
        for (ConnectionTally c : connections) {
            if (!countsShown.contains(c.from()) && figuresShown.contains(c.from()) && c.respondents() >= k) {
                bounds.merge(c.from(), c.respondents(), Math::max);
            }
        }
        return bounds;
    }

    /** The number of connections of a department that are shown: what its loss would cost the map. */
    private static int shownOutgoing(List<ConnectionTally> connections, long id, int k) {
        int shown = 0;
        for (ConnectionTally c : connections) {
            if (c.from() == id && c.respondents() >= k) {
                shown++;
            }
        }
        return shown;
    }
}
