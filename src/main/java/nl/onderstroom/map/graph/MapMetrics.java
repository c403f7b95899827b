package nl.onderstroom.map.graph;

import java.util.Map;

/**
 * Organisation-wide figures. Every one is computed from shown data only.
 *
 * @param totalRespondents          all respondents of the scan; {@code null} when hidden because a hidden
 *                                  department's count could otherwise be worked out
 * @param departmentCount           number of departments on the map
 * @param suppressedDepartments     number of suppressed departments
 * @param workingEdges              number of shown connections that work
 * @param density                   working edges / (n * (n - 1)); {@code null} with fewer than 2 departments
 * @param reciprocity               share of working edges whose reverse also works; {@code null} without working edges
 * @param modularity                weighted modularity of the cluster partition; {@code null} without working edges
 * @param clusterCount              number of informal clusters (of at least two shown departments)
 * @param crossUnitClusterShare     share of informal clusters spanning more than one formal unit;
 *                                  {@code null} without clusters
 * @param adjustedRandIndex         agreement between the informal partition and the formal units over shown
 *                                  departments, 1 = identical, about 0 = unrelated; {@code null} when undefined
 * @param clusteringMethod          how the clusters were found
 * @param organisationThemeMeans    pooled theme means over the shown department theme figures only
 * @param organisationIdentityMeans pooled identity means over the shown department identity figures only
 */
public record MapMetrics(Integer totalRespondents, int departmentCount, int suppressedDepartments,
                         int workingEdges, Double density, Double reciprocity, Double modularity,
                         int clusterCount, Double crossUnitClusterShare, Double adjustedRandIndex,
                         ClusteringMethod clusteringMethod, Map<String, Double> organisationThemeMeans,
                         Map<String, Double> organisationIdentityMeans) {

    public MapMetrics {
        organisationThemeMeans = Results.sortedCopy(organisationThemeMeans);
        organisationIdentityMeans = Results.sortedCopy(organisationIdentityMeans);
    }
}
