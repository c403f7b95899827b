package nl.onderstroom.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import nl.onderstroom.map.ResultsMethod;
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapMetrics;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.NodeFigures;
import nl.onderstroom.map.graph.OrganisationMap;

/**
 * The documented JSON shape of a connection map (docs/api.md), as typed records that Jackson writes: nodes, edges,
 * metrics and, for a scan's map, the method. A suppressed department has {@code "suppressed": true} and no figure at
 * all (its {@link NodeJson#figures} is null and unwrapped to nothing); a hidden connection is not listed (like one
 * nobody rated); a figure that is {@code null} has too little data behind it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record MapJson(List<NodeJson> nodes, List<EdgeJson> edges, MetricsJson metrics,
               @JsonInclude(JsonInclude.Include.NON_NULL) MethodJson method) {

    static MapJson of(OrganisationMap map) {
        return new MapJson(map.nodes().stream().map(NodeJson::of).toList(),
                map.edges().stream().map(EdgeJson::of).toList(), MetricsJson.of(map.metrics()), null);
    }

    MapJson withMethod(ResultsMethod m) {
        return new MapJson(nodes, edges, metrics, MethodJson.of(m));
    }

    record NodeJson(long id, String name, Long parentId, boolean suppressed, @JsonUnwrapped NodeFiguresJson figures) {
        static NodeJson of(MapNode n) {
            return new NodeJson(n.id(), n.name(), n.parentId(), n.suppressed(),
                    n.figures() == null ? null : NodeFiguresJson.of(n.figures()));
        }
    }

    record NodeFiguresJson(Integer respondents, boolean countHidden, Double cohesion, Double eiIndex, Double betweenness,
                           Integer cluster, boolean island, boolean broker, Double externalFlow, Double responseRate) {
        static NodeFiguresJson of(NodeFigures f) {
            return new NodeFiguresJson(f.respondents(), f.countHidden(), f.cohesion(), f.eiIndex(), f.betweenness(),
                    f.clusterId(), f.island(), f.broker(), f.externalFlow(), f.responseRate());
        }
    }

    record EdgeJson(long source, long target, int respondents, Double flow, Double importance, Double stopsShare,
                    boolean working, Double asymmetry) {
        static EdgeJson of(MapEdge e) {
            EdgeFigures f = e.figures();
            return new EdgeJson(e.from(), e.to(), f.respondents(), f.meanFlow(), f.meanImportance(), f.stopsShare(),
                    f.working(), f.asymmetry());
        }
    }

    record MetricsJson(Double density, Double reciprocity, Double modularity, Integer totalRespondents, int departments,
                       int suppressedDepartments, int workingEdges, int clusters) {
        static MetricsJson of(MapMetrics m) {
            return new MetricsJson(m.density(), m.reciprocity(), m.modularity(), m.totalRespondents(),
                    m.departmentCount(), m.suppressedDepartments(), m.workingEdges(), m.clusterCount());
        }
    }

    /** How the responses came about: imported ones, and departments whose numbers exceed their headcount. */
    record MethodJson(boolean anyImported, Integer importedResponses, boolean openLinkForEveryone,
                      List<RemarkJson> departments) {
        static MethodJson of(ResultsMethod m) {
            return new MethodJson(m.anyImported(), m.importedResponses(), m.openLinkForEveryone(),
                    m.departments().stream().map(d -> new RemarkJson(d.departmentId(), d.name(), d.headcount(),
                            d.moreResponsesThanHeadcount(), d.codes(), d.moreCodesThanHeadcount(), d.openLink()))
                            .toList());
        }
    }

    record RemarkJson(long id, String name, int headcount, boolean moreResponsesThanHeadcount, int codes,
                      boolean moreCodesThanHeadcount, boolean openLink) {
    }
}
