package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.onderstroom.base.disclosure.CountSuppression;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Turns aggregated tallies into the department-connection map. Stateless and thread-safe.
 *
 * <p>Order of work: anonymity first (which departments, subtree totals and connections are
 * shown), then every figure and measure from shown data only. Formulas and thresholds:
 * {@code docs/measures.md}.
 */
public final class MapComputation {

    private MapComputation() {
    }

    /**
     * Computes the map.
     *
     * @param departments the formal tree; ids unique, every parent present, no cycles
     * @param tallies     at most one per department; a department without one has 0 respondents
     * @param connections at most one per ordered pair of known departments, with no more respondents
     *                    than the rating department has
     * @param settings    anonymity threshold and measure thresholds
     * @return the map; suppressed departments and connections carry no figures, and no shown figure
     *         lets a hidden count be worked out by subtraction
     * @throws IllegalArgumentException when the input breaks one of the conditions above
     */
    public static OrganisationMap compute(List<Department> departments, List<DepartmentTally> tallies,
                                          List<ConnectionTally> connections, MapSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return new Run(departments, tallies, connections, settings).result();
    }

    /** One computation; holds the indexed input and the intermediate results. */
    private static final class Run {

        private final MapSettings settings;
        private final int k;
        private final List<Department> departments;
        private final Map<Long, Integer> index = new HashMap<>();
        private final DepartmentTally[] tallyOf;
        private final List<ConnectionTally> connections;
        private final List<List<Integer>> children = new ArrayList<>();

        /** The department's figures are shown (at least k respondents, not stripped to protect another). */
        private boolean[] nodeShown;
        /** The department's own respondent count is shown (else "at least k" when its figures are shown). */
        private boolean[] countShown;
        private Integer[] subtreeShown;
        private Integer totalShown;
        private final Map<ConnectionTally, Boolean> edgeShown = new IdentityHashMap<>();

        Run(List<Department> departments, List<DepartmentTally> tallies, List<ConnectionTally> connections,
            MapSettings settings) {
            this.settings = settings;
            this.k = settings.k();
            this.departments = Objects.requireNonNull(departments, "departments").stream()
                    .sorted(Comparator.comparingLong(Department::id)).toList();
            for (int i = 0; i < this.departments.size(); i++) {
                if (index.put(this.departments.get(i).id(), i) != null) {
                    throw new IllegalArgumentException("duplicate department " + this.departments.get(i).id());
                }
                children.add(new ArrayList<>());
            }
            for (Department d : this.departments) {
                if (d.parentId() != null) {
                    children.get(indexOf(d.parentId(), "parent of " + d.id())).add(index.get(d.id()));
                }
            }
            requireNoCycles();
            this.tallyOf = new DepartmentTally[this.departments.size()];
            for (DepartmentTally t : Objects.requireNonNull(tallies, "tallies")) {
                int i = indexOf(t.departmentId(), "tally");
                if (tallyOf[i] != null) {
                    throw new IllegalArgumentException("duplicate tally for department " + t.departmentId());
                }
                tallyOf[i] = t;
            }
            Set<List<Long>> seen = new HashSet<>();
            for (ConnectionTally c : Objects.requireNonNull(connections, "connections")) {
                indexOf(c.from(), "connection source");
                indexOf(c.to(), "connection target");
                if (!seen.add(List.of(c.from(), c.to()))) {
                    throw new IllegalArgumentException("duplicate connection " + c.from() + "->" + c.to());
                }
                if (c.respondents() > respondents(index.get(c.from()))) {
                    throw new IllegalArgumentException("connection " + c.from() + "->" + c.to()
                            + " has more respondents than department " + c.from());
                }
            }
            this.connections = connections.stream()
                    .sorted(Comparator.comparingLong(ConnectionTally::from).thenComparingLong(ConnectionTally::to))
                    .toList();
        }

        OrganisationMap result() {
            suppressCounts();
            suppressEdges();
            return measure();
        }

        // ---- anonymity -------------------------------------------------------------------------

        /**
         * Which counts are shown: the one rule shared with the live response counts ({@link CountSuppression}).
         * A department whose count is hidden although it has at least k respondents keeps its figures, unless a
         * shown connection of it proves a lower bound on its count that would pin down a hidden small count; then
         * the department whose figures cost the map least (fewest shown connections) loses its figures.
         */
        private void suppressCounts() {
            int n = departments.size();
            List<CountSuppression.Unit> units = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Department d = departments.get(i);
                units.add(new CountSuppression.Unit(d.id(), d.parentId(), respondents(i)));
            }
            CountSuppression.Outcome outcome = CountSuppression.suppress(units, k);
            countShown = new boolean[n];
            nodeShown = new boolean[n];
            subtreeShown = new Integer[n];
            for (int i = 0; i < n; i++) {
                long id = departments.get(i).id();
                countShown[i] = outcome.countShown(id);
                nodeShown[i] = respondents(i) >= k;
                subtreeShown[i] = outcome.subtreeShown(id);
            }
            totalShown = outcome.totalShown();
            while (true) {
                Map<Long, Integer> bounds = lowerBounds();
                if (outcome.exposed(bounds).isEmpty()) {
                    break;
                }
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (bounds.getOrDefault(departments.get(i).id(), 0) > k) {
                        candidates.add(i);
                    }
                }
                candidates.sort(Comparator.comparingInt(this::shownOutgoing).thenComparingInt(this::respondents)
                        .thenComparingLong(i -> departments.get(i).id()));
                int strip = candidates.get(0);
                for (int candidate : candidates) {
                    Map<Long, Integer> without = new HashMap<>(bounds);
                    without.remove(departments.get(candidate).id());
                    if (outcome.exposed(without).isEmpty()) {
                        strip = candidate;
                        break;
                    }
                }
                nodeShown[strip] = false;
            }
        }

        /**
         * What the shown connections prove about hidden counts: a department whose count is hidden but whose
         * connection rated by r of its people is shown has at least r respondents.
         */
        private Map<Long, Integer> lowerBounds() {
            Map<Long, Integer> bounds = new HashMap<>();
            for (ConnectionTally c : connections) {
                int from = index.get(c.from());
                if (!countShown[from] && nodeShown[from] && c.respondents() >= k) {
                    bounds.merge(c.from(), c.respondents(), Math::max);
                }
            }
            return bounds;
        }

        /** The number of connections of a department that are shown: what its loss would cost the map. */
        private int shownOutgoing(int i) {
            long id = departments.get(i).id();
            int shown = 0;
            for (ConnectionTally c : connections) {
                if (c.from() == id && c.respondents() >= k) {
                    shown++;
                }
            }
            return shown;
        }

        /**
         * An edge is shown with at least k respondents and a department that shows its figures. The second
         * condition matters for a department that lost its figures to protect a smaller one: its shown edges would
         * prove a lower bound on its count that pins the smaller one down.
         */
        private void suppressEdges() {
            for (ConnectionTally c : connections) {
                edgeShown.put(c, c.respondents() >= k && nodeShown[index.get(c.from())]);
            }
        }

        // ---- measures --------------------------------------------------------------------------

        private OrganisationMap measure() {
            Map<List<Long>, Double> meanFlow = new HashMap<>();
            for (ConnectionTally c : connections) {
                Double flow = edgeShown.get(c) ? meanOrNull(c.flowCounts(), 1) : null;
                if (flow != null) {
                    meanFlow.put(List.of(c.from(), c.to()), flow);
                }
            }
            // Only shown connections are listed: a hidden one must look exactly like one that nobody rated.
            List<MapEdge> edges = new ArrayList<>();
            for (ConnectionTally c : connections) {
                if (edgeShown.get(c)) {
                    edges.add(new MapEdge(c.from(), c.to(), edgeFigures(c, meanFlow.get(List.of(c.to(), c.from())))));
                }
            }

            List<Long> ids = departments.stream().map(Department::id).toList();
            Graph<Long, DefaultEdge> working = new DefaultDirectedGraph<>(DefaultEdge.class);
            ids.forEach(working::addVertex);
            Map<List<Long>, Double> undirected = new LinkedHashMap<>();
            for (MapEdge e : edges) {
                if (e.working()) {
                    working.addEdge(e.from(), e.to());
                    undirected.merge(List.of(Math.min(e.from(), e.to()), Math.max(e.from(), e.to())),
                            strength(e.figures()), Double::sum);
                }
            }
            Map<Long, Double> betweenness = ids.size() < 3 ? Map.of()
                    : new BetweennessCentrality<>(working, true).getScores();
            Communities.Result communities = Communities.detect(ids, undirected);
            List<InformalCluster> clusters = clusters(communities);
            Map<Long, Integer> clusterOf = new HashMap<>();
            clusters.forEach(cl -> cl.departmentIds().forEach(id -> clusterOf.put(id, cl.id())));

            List<MapNode> nodes = new ArrayList<>();
            for (int i = 0; i < departments.size(); i++) {
                Department d = departments.get(i);
                NodeFigures figures = nodeShown[i]
                        ? nodeFigures(i, edges, betweenness.getOrDefault(d.id(), 0.0), clusterOf.get(d.id()))
                        : null;
                nodes.add(new MapNode(d.id(), d.name(), d.parentId(), d.headcount(), !nodeShown[i],
                        subtreeShown[i], figures));
            }
            return new OrganisationMap(nodes, edges, metrics(nodes, edges, working, communities, clusters),
                    clusters, brokers(nodes), islands(nodes), missingStrategicTies(edges), stopRanking(edges));
        }

        private EdgeFigures edgeFigures(ConnectionTally c, Double reverseMeanFlow) {
            Double flow = meanOrNull(c.flowCounts(), 1);
            int[] frequency = c.frequencyCounts();
            int[] stops = c.stopCounts();
            Frequency modal = null;
            Double stopsShare = null;
            Map<Stop, Double> stopShares = new EnumMap<>(Stop.class);
            if (Distribution.answers(frequency) >= k) {
                int m = 0;
                for (int i = 1; i < frequency.length; i++) {
                    if (frequency[i] > frequency[m]) {
                        m = i;
                    }
                }
                modal = Frequency.values()[m];
            }
            int stopAnswers = Distribution.answers(stops);
            if (stopAnswers >= k) {
                for (Stop s : Stop.values()) {
                    stopShares.put(s, (double) stops[s.ordinal()] / stopAnswers);
                }
                stopsShare = 1.0 - stopShares.get(Stop.NONE);
            }
            boolean bothFlows = flow != null && reverseMeanFlow != null;
            return new EdgeFigures(c.respondents(), flow, distributionOrEmpty(c.flowCounts()),
                    meanOrNull(c.importanceCounts(), 1), distributionOrEmpty(c.importanceCounts()),
                    distributionOrEmpty(frequency), modal, stopsShare, stopShares,
                    flow != null && flow >= settings.workingFlowMin(),
                    bothFlows ? reverseMeanFlow : null, bothFlows ? flow - reverseMeanFlow : null);
        }

        /** Cluster weight of a working edge: flow times (1 + mean contact frequency 0..4). */
        private static double strength(EdgeFigures f) {
            Double mean = Distribution.mean(f.frequencyDistribution(), 0, 1);
            double frequency = mean == null ? 0 : mean;
            return f.meanFlow() * (1 + frequency);
        }

        private NodeFigures nodeFigures(int i, List<MapEdge> edges, double betweenness, Integer clusterId) {
            Department d = departments.get(i);
            DepartmentTally t = tallyOf[i];
            boolean exact = countShown[i];
            int[] inner = t == null ? new int[5] : t.innerFlowCounts();
            Double cohesion = meanOrNull(inner, 1);

            // Only shown outgoing edges count, so neither figure says anything about a hidden edge.
            long flowSum = 0;
            int flowAnswers = 0;
            double external = 0;
            for (MapEdge e : edges) {
                if (e.from() == d.id() && e.figures().meanFlow() != null) {
                    List<Integer> dist = e.figures().flowDistribution();
                    for (int r = 0; r < 5; r++) {
                        flowSum += (long) (r + 1) * dist.get(r);
                        flowAnswers += dist.get(r);
                        external += dist.get(r) * tieWeight(r + 1);
                    }
                }
            }
            Double externalFlow = flowAnswers == 0 ? null : (double) flowSum / flowAnswers;
            // With the count hidden, the E-I index would give the number of inner-flow answers away
            // (I = answers x (cohesion - 1) / 4, and E is shown), and so the count: it is left out.
            Double eiIndex = null;
            if (cohesion != null && exact) {
                double internal = 0;
                for (int r = 0; r < 5; r++) {
                    internal += inner[r] * tieWeight(r + 1);
                }
                if (external + internal > 0) {
                    eiIndex = (external - internal) / (external + internal);
                }
            }
            boolean island = (externalFlow != null && externalFlow <= settings.islandMaxExternalFlow())
                    || (eiIndex != null && eiIndex <= settings.islandMaxEiIndex());
            boolean broker = betweenness >= settings.brokerMinBetweenness() && betweenness > 0;
            Map<String, Double> themeMeans = means(t == null ? Map.of() : t.themeCounts(), 0);
            Map<String, Double> identityMeans = means(t == null ? Map.of() : t.identityCounts(), 1);
            if (!exact) {
                // An exact mean S/n gives its denominator, a divisor of the hidden count: rounded to the half,
                // every count of 2 or more can give every shown value, so the means say nothing about the count.
                cohesion = half(cohesion);
                themeMeans.replaceAll((key, mean) -> half(mean));
                identityMeans.replaceAll((key, mean) -> half(mean));
            }
            return new NodeFigures(exact ? respondents(i) : null,
                    exact && d.headcount() > 0 ? (double) respondents(i) / d.headcount() : null,
                    cohesion, externalFlow, eiIndex, betweenness, clusterId, island, broker, themeMeans, identityMeans);
        }

        private static Double half(Double mean) {
            return mean == null ? null : Math.round(mean * 2) / 2.0;
        }

        /** A flow rating as a tie: 1 = no tie, 5 = a full tie. */
        private static double tieWeight(int rating) {
            return (rating - 1) / 4.0;
        }

        private Map<String, Double> means(Map<String, int[]> countsByKey, int firstValue) {
            Map<String, Double> means = new TreeMap<>();
            countsByKey.forEach((key, counts) -> {
                Double mean = meanOrNull(counts, firstValue);
                if (mean != null) {
                    means.put(key, mean);
                }
            });
            return means;
        }

        private List<InformalCluster> clusters(Communities.Result communities) {
            Map<Long, Long> unit = formalUnits();
            List<List<Long>> shownGroups = new ArrayList<>();
            for (Set<Long> community : communities.partition()) {
                List<Long> shown = community.stream().filter(id -> nodeShown[index.get(id)]).sorted().toList();
                if (shown.size() >= 2) {
                    shownGroups.add(shown);
                }
            }
            shownGroups.sort(Comparator.<List<Long>>comparingInt(List::size).reversed()
                    .thenComparingLong(group -> group.get(0)));
            List<InformalCluster> clusters = new ArrayList<>();
            for (List<Long> group : shownGroups) {
                List<Long> units = new ArrayList<>(new TreeSet<>(group.stream().map(unit::get).toList()));
                clusters.add(new InformalCluster(clusters.size() + 1, group, units, units.size() > 1));
            }
            return clusters;
        }

        /**
         * The formal unit of a department: its top-level ancestor, or, when the tree has a single
         * top-level department (the organisation itself), its ancestor one level below that.
         */
        private Map<Long, Long> formalUnits() {
            List<Integer> top = topLevel();
            Map<Long, Long> unit = new HashMap<>();
            for (int i = 0; i < departments.size(); i++) {
                int current = i;
                int below = -1;
                while (departments.get(current).parentId() != null) {
                    below = current;
                    current = index.get(departments.get(current).parentId());
                }
                int u = top.size() == 1 && below >= 0 ? below : current;
                unit.put(departments.get(i).id(), departments.get(u).id());
            }
            return unit;
        }

        private MapMetrics metrics(List<MapNode> nodes, List<MapEdge> edges, Graph<Long, DefaultEdge> working,
                                   Communities.Result communities, List<InformalCluster> clusters) {
            int n = nodes.size();
            int workingEdges = working.edgeSet().size();
            int reciprocated = 0;
            for (DefaultEdge e : working.edgeSet()) {
                if (working.containsEdge(working.getEdgeTarget(e), working.getEdgeSource(e))) {
                    reciprocated++;
                }
            }
            long crossing = clusters.stream().filter(InformalCluster::crossesFormalUnits).count();
            Map<String, long[]> themes = new TreeMap<>();
            Map<String, long[]> identity = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                // Only departments whose count is shown: with a hidden count n and a shown mean m, the pooled
                // mean (A + m n) / (B + n) of shown A, B would give n away.
                if (nodeShown[i] && countShown[i] && tallyOf[i] != null) {
                    pool(themes, tallyOf[i].themeCounts(), 0);
                    pool(identity, tallyOf[i].identityCounts(), 1);
                }
            }
            return new MapMetrics(totalShown, n,
                    (int) nodes.stream().filter(MapNode::suppressed).count(),
                    workingEdges,
                    n < 2 ? null : (double) workingEdges / ((double) n * (n - 1)),
                    workingEdges == 0 ? null : (double) reciprocated / workingEdges,
                    communities.modularity(), clusters.size(),
                    clusters.isEmpty() ? null : (double) crossing / clusters.size(),
                    communities.method() == ClusteringMethod.NONE ? null : adjustedRandIndex(communities),
                    communities.method(), pooledMeans(themes), pooledMeans(identity));
        }

        /** Adds a shown department's per-key cells (those with at least k answers) to the pool. */
        private void pool(Map<String, long[]> pool, Map<String, int[]> countsByKey, int firstValue) {
            countsByKey.forEach((key, counts) -> {
                int answers = Distribution.answers(counts);
                if (answers >= k) {
                    long[] p = pool.computeIfAbsent(key, x -> new long[2]);
                    p[0] += Distribution.weightedSum(counts, firstValue);
                    p[1] += answers;
                }
            });
        }

        private static Map<String, Double> pooledMeans(Map<String, long[]> pool) {
            Map<String, Double> means = new TreeMap<>();
            pool.forEach((key, p) -> means.put(key, (double) p[0] / p[1]));
            return means;
        }

        /** Adjusted Rand index of the informal partition against the formal units, over shown departments. */
        private Double adjustedRandIndex(Communities.Result communities) {
            Map<Long, Long> unit = formalUnits();
            Map<List<Long>, Integer> table = new HashMap<>();
            Map<Long, Integer> rows = new HashMap<>();
            Map<Long, Integer> columns = new HashMap<>();
            int n = 0;
            for (int c = 0; c < communities.partition().size(); c++) {
                for (long id : communities.partition().get(c)) {
                    if (nodeShown[index.get(id)]) {
                        n++;
                        table.merge(List.of((long) c, unit.get(id)), 1, Integer::sum);
                        rows.merge((long) c, 1, Integer::sum);
                        columns.merge(unit.get(id), 1, Integer::sum);
                    }
                }
            }
            if (n < 2) {
                return null;
            }
            double index = table.values().stream().mapToDouble(MapComputation::pairs).sum();
            double a = rows.values().stream().mapToDouble(MapComputation::pairs).sum();
            double b = columns.values().stream().mapToDouble(MapComputation::pairs).sum();
            double expected = a * b / pairs(n);
            double max = (a + b) / 2;
            return max == expected ? null : (index - expected) / (max - expected);
        }

        private List<Long> brokers(List<MapNode> nodes) {
            return nodes.stream().filter(node -> node.figures() != null && node.figures().broker())
                    .sorted(Comparator.comparingDouble((MapNode node) -> -node.figures().betweenness())
                            .thenComparingLong(MapNode::id))
                    .map(MapNode::id).toList();
        }

        private List<Long> islands(List<MapNode> nodes) {
            return nodes.stream().filter(node -> node.figures() != null && node.figures().island())
                    .sorted(Comparator.comparing((MapNode node) -> node.figures().externalFlow(),
                                    Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(node -> node.figures().eiIndex(),
                                    Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparingLong(MapNode::id))
                    .map(MapNode::id).toList();
        }

        private List<StrategicGap> missingStrategicTies(List<MapEdge> edges) {
            List<StrategicGap> gaps = new ArrayList<>();
            for (MapEdge e : edges) {
                EdgeFigures f = e.figures();
                if (f != null && f.meanImportance() != null && f.meanFlow() != null
                        && f.meanImportance() >= settings.strategicImportanceMin()
                        && f.meanFlow() <= settings.strategicFlowMax()) {
                    gaps.add(new StrategicGap(e.from(), e.to(), f.meanImportance(), f.meanFlow(),
                            f.meanImportance() - f.meanFlow()));
                }
            }
            gaps.sort(Comparator.comparingDouble(StrategicGap::gap).reversed()
                    .thenComparingLong(StrategicGap::from).thenComparingLong(StrategicGap::to));
            return gaps;
        }

        private List<StopRankingEntry> stopRanking(List<MapEdge> edges) {
            List<StopRankingEntry> ranking = new ArrayList<>();
            for (MapEdge e : edges) {
                EdgeFigures f = e.figures();
                if (f != null && f.stopsShare() != null && f.meanImportance() != null && f.stopsShare() > 0) {
                    ranking.add(new StopRankingEntry(e.from(), e.to(), f.stopsShare() * f.meanImportance(),
                            f.stopsShare(), f.meanImportance(), f.meanFlow()));
                }
            }
            ranking.sort(Comparator.comparingDouble(StopRankingEntry::score).reversed()
                    .thenComparing(StopRankingEntry::meanFlow, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingLong(StopRankingEntry::from).thenComparingLong(StopRankingEntry::to));
            return ranking;
        }

        // ---- helpers ---------------------------------------------------------------------------

        /** Mean of a rating distribution, or {@code null} with fewer than k answers. */
        private Double meanOrNull(int[] counts, int firstValue) {
            return Distribution.mean(counts, firstValue, k);
        }

        private List<Integer> distributionOrEmpty(int[] counts) {
            if (Distribution.answers(counts) < k) {
                return List.of();
            }
            List<Integer> list = new ArrayList<>();
            for (int c : counts) {
                list.add(c);
            }
            return list;
        }

        private int respondents(int i) {
            return tallyOf[i] == null ? 0 : tallyOf[i].respondents();
        }

        private List<Integer> topLevel() {
            List<Integer> top = new ArrayList<>();
            for (int i = 0; i < departments.size(); i++) {
                if (departments.get(i).parentId() == null) {
                    top.add(i);
                }
            }
            return top;
        }

        private int indexOf(long id, String what) {
            Integer i = index.get(id);
            if (i == null) {
                throw new IllegalArgumentException(what + ": unknown department " + id);
            }
            return i;
        }

        private void requireNoCycles() {
            for (Department d : departments) {
                Set<Long> path = new HashSet<>();
                Department current = d;
                while (current.parentId() != null) {
                    if (!path.add(current.id())) {
                        throw new IllegalArgumentException("department tree has a cycle at " + current.id());
                    }
                    current = departments.get(index.get(current.parentId()));
                }
            }
        }

    }

    private static double pairs(double n) {
        return n * (n - 1) / 2;
    }
}
