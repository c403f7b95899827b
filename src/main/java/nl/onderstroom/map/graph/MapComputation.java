package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.BitSet;
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

        private boolean[] nodeShown;
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
         * Cells: 0..n-1 own respondents; then one subtree total per department with sub-departments
         * (a leaf's subtree total is its own cell); last the organisation total.
         */
        private void suppressCounts() {
            int n = departments.size();
            int[] subCell = new int[n];
            int next = n;
            for (int i = 0; i < n; i++) {
                subCell[i] = children.get(i).isEmpty() ? i : next++;
            }
            int orgCell = next;
            int[] values = new int[orgCell + 1];
            for (int i = 0; i < n; i++) {
                values[i] = respondents(i);
                values[orgCell] += values[i];
            }
            for (int i = 0; i < n; i++) {
                if (subCell[i] != i) {
                    values[subCell[i]] = subtreeSum(i);
                }
            }
            List<CountSuppression.Group> groups = new ArrayList<>();
            groups.add(new CountSuppression.Group(orgCell, range(n)));
            groups.add(new CountSuppression.Group(orgCell, topLevel().stream().mapToInt(i -> subCell[i]).toArray()));
            for (int i = 0; i < n; i++) {
                if (subCell[i] != i) {
                    int[] members = new int[children.get(i).size() + 1];
                    members[0] = i;
                    for (int c = 0; c < children.get(i).size(); c++) {
                        members[c + 1] = subCell[children.get(i).get(c)];
                    }
                    groups.add(new CountSuppression.Group(subCell[i], members));
                }
            }
            BitSet primary = new BitSet(values.length);
            for (int c = 0; c < values.length; c++) {
                if (values[c] < k) {
                    primary.set(c);
                }
            }
            BitSet cheap = new BitSet(values.length);
            cheap.set(n, orgCell);
            BitSet hidden = CountSuppression.suppress(values, primary, groups, k, cheap);
            nodeShown = new boolean[n];
            subtreeShown = new Integer[n];
            for (int i = 0; i < n; i++) {
                nodeShown[i] = !hidden.get(i);
                subtreeShown[i] = hidden.get(subCell[i]) ? null : values[subCell[i]];
            }
            totalShown = hidden.get(orgCell) ? null : values[orgCell];
        }

        /**
         * An edge is shown with at least k respondents and a shown source. The second condition
         * matters for a department hidden only by complementary suppression: its shown edges would
         * prove it has at least k respondents and so narrow down the hidden partner's count.
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
            List<MapEdge> edges = new ArrayList<>();
            for (ConnectionTally c : connections) {
                edges.add(edgeShown.get(c)
                        ? new MapEdge(c.from(), c.to(), false, edgeFigures(c, meanFlow.get(List.of(c.to(), c.from()))))
                        : new MapEdge(c.from(), c.to(), true, null));
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
            if (Tallies.sum(frequency) >= k) {
                int m = 0;
                for (int i = 1; i < frequency.length; i++) {
                    if (frequency[i] > frequency[m]) {
                        m = i;
                    }
                }
                modal = Frequency.values()[m];
            }
            int stopAnswers = Tallies.sum(stops);
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
            int answers = 0;
            long sum = 0;
            for (int i = 0; i < f.frequencyDistribution().size(); i++) {
                answers += f.frequencyDistribution().get(i);
                sum += (long) i * f.frequencyDistribution().get(i);
            }
            double frequency = answers == 0 ? 0 : (double) sum / answers;
            return f.meanFlow() * (1 + frequency);
        }

        private NodeFigures nodeFigures(int i, List<MapEdge> edges, double betweenness, Integer clusterId) {
            Department d = departments.get(i);
            DepartmentTally t = tallyOf[i];
            int respondents = respondents(i);
            Double responseRate = d.headcount() == 0 ? null : (double) respondents / d.headcount();
            int[] inner = t == null ? new int[5] : t.innerFlowCounts();
            Double cohesion = meanOrNull(inner, 1);

            // Only shown outgoing edges count, so neither figure says anything about a hidden edge.
            long flowSum = 0;
            int flowAnswers = 0;
            double external = 0;
            for (MapEdge e : edges) {
                if (e.from() == d.id() && e.figures() != null && e.figures().meanFlow() != null) {
                    List<Integer> dist = e.figures().flowDistribution();
                    for (int r = 0; r < 5; r++) {
                        flowSum += (long) (r + 1) * dist.get(r);
                        flowAnswers += dist.get(r);
                        external += dist.get(r) * tieWeight(r + 1);
                    }
                }
            }
            Double externalFlow = flowAnswers == 0 ? null : (double) flowSum / flowAnswers;
            Double eiIndex = null;
            if (cohesion != null) {
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
            return new NodeFigures(respondents, responseRate, cohesion, externalFlow, eiIndex, betweenness,
                    clusterId, island, broker,
                    means(t == null ? Map.of() : t.themeCounts(), 0),
                    means(t == null ? Map.of() : t.identityCounts(), 1));
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
                if (nodeShown[i] && tallyOf[i] != null) {
                    pool(themes, tallyOf[i].themeCounts(), 0);
                    pool(identity, tallyOf[i].identityCounts(), 1);
                }
            }
            return new MapMetrics(totalShown, n,
                    (int) nodes.stream().filter(MapNode::suppressed).count(),
                    (int) edges.stream().filter(MapEdge::suppressed).count(),
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
                int answers = Tallies.sum(counts);
                if (answers >= k) {
                    long[] p = pool.computeIfAbsent(key, x -> new long[2]);
                    p[0] += Tallies.weightedSum(counts, firstValue);
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
            int answers = Tallies.sum(counts);
            return answers < k ? null : (double) Tallies.weightedSum(counts, firstValue) / answers;
        }

        private List<Integer> distributionOrEmpty(int[] counts) {
            if (Tallies.sum(counts) < k) {
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

        private int subtreeSum(int i) {
            int sum = respondents(i);
            for (int c : children.get(i)) {
                sum += subtreeSum(c);
            }
            return sum;
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

        private static int[] range(int n) {
            int[] r = new int[n];
            for (int i = 0; i < n; i++) {
                r[i] = i;
            }
            return r;
        }
    }

    private static double pairs(double n) {
        return n * (n - 1) / 2;
    }
}
