package nl.onderstroom.map.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The informal clusters set against the formal tree, over shown departments only: a cluster is a community with at
 * least two shown departments, it crosses formal units when its departments belong to more than one, and the adjusted
 * Rand index says how far the informal partition follows the formal units.
 *
 * @param clusters          largest first, then by lowest department id; ids from 1
 * @param crossingShare     the share of clusters that cross formal units, {@code null} without clusters
 * @param adjustedRandIndex {@code null} without clustering, with fewer than two shown departments, or when undefined
 */
record ClusterComparison(List<InformalCluster> clusters, Double crossingShare, Double adjustedRandIndex) {

    ClusterComparison {
        clusters = List.copyOf(clusters);
    }

    /**
     * @param communities the partition of all departments
     * @param formalUnits each department's formal unit ({@link DepartmentTree#formalUnits})
     * @param shown       the departments whose figures are shown
     */
    static ClusterComparison of(Communities.Result communities, Map<Long, Long> formalUnits, Set<Long> shown) {
        List<List<Long>> shownGroups = new ArrayList<>();
        for (Set<Long> community : communities.partition()) {
            List<Long> members = community.stream().filter(shown::contains).sorted().toList();
            if (members.size() >= 2) {
                shownGroups.add(members);
            }
        }
        shownGroups.sort(Comparator.<List<Long>>comparingInt(List::size).reversed()
                .thenComparingLong(group -> group.get(0)));
        List<InformalCluster> clusters = new ArrayList<>();
        for (List<Long> group : shownGroups) {
            List<Long> units = new ArrayList<>(new TreeSet<>(group.stream().map(formalUnits::get).toList()));
            clusters.add(new InformalCluster(clusters.size() + 1, group, units, units.size() > 1));
        }
        long crossing = clusters.stream().filter(InformalCluster::crossesFormalUnits).count();
        return new ClusterComparison(clusters,
                clusters.isEmpty() ? null : (double) crossing / clusters.size(),
                communities.method() == ClusteringMethod.NONE ? null
                        : adjustedRandIndex(communities.partition(), formalUnits, shown));
    }

    /** The cluster id of each department in a cluster. */
    Map<Long, Integer> clusterOf() {
        Map<Long, Integer> clusterOf = new HashMap<>();
        clusters.forEach(cl -> cl.departmentIds().forEach(id -> clusterOf.put(id, cl.id())));
        return clusterOf;
    }

    /** Adjusted Rand index of the informal partition against the formal units, over shown departments. */
    static Double adjustedRandIndex(List<Set<Long>> partition, Map<Long, Long> formalUnits, Set<Long> shown) {
        Map<List<Long>, Integer> table = new HashMap<>();
        Map<Long, Integer> rows = new HashMap<>();
        Map<Long, Integer> columns = new HashMap<>();
        int n = 0;
        for (int c = 0; c < partition.size(); c++) {
            for (long id : partition.get(c)) {
                if (shown.contains(id)) {
                    n++;
                    table.merge(List.of((long) c, formalUnits.get(id)), 1, Integer::sum);
                    rows.merge((long) c, 1, Integer::sum);
                    columns.merge(formalUnits.get(id), 1, Integer::sum);
                }
            }
        }
        if (n < 2) {
            return null;
        }
        double index = table.values().stream().mapToDouble(ClusterComparison::pairs).sum();
        double a = rows.values().stream().mapToDouble(ClusterComparison::pairs).sum();
        double b = columns.values().stream().mapToDouble(ClusterComparison::pairs).sum();
        double expected = a * b / pairs(n);
        double max = (a + b) / 2;
        return max == expected ? null : (index - expected) / (max - expected);
    }

    private static double pairs(double n) {
        return n * (n - 1) / 2;
    }
}
