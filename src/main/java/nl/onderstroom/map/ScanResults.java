package nl.onderstroom.map;

import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.ScanTallies;

/** A scan with its computed map and how its responses came about: what every results screen starts from. */
public record ScanResults(ScanTallies.ScanInfo scan, OrganisationMap map, ResultsMethod method) {

    /** The display name of a department on the map, or its id when it is not on the map. */
    public String name(long departmentId) {
        return map.node(departmentId).map(n -> n.name()).orElse("#" + departmentId);
    }
}
