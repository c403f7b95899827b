package nl.onderstroom.map.graph;

import java.util.List;

/**
 * A group of departments that work together more with each other than with the rest,
 * compared with the formal tree.
 *
 * @param id                 1-based, largest cluster first
 * @param departmentIds      the shown departments in it, ascending
 * @param formalUnitIds      the formal units (see {@code docs/measures.md}) those departments belong to, ascending
 * @param crossesFormalUnits whether the cluster spans more than one formal unit
 */
public record InformalCluster(int id, List<Long> departmentIds, List<Long> formalUnitIds, boolean crossesFormalUnits) {

    public InformalCluster {
        departmentIds = List.copyOf(departmentIds);
        formalUnitIds = List.copyOf(formalUnitIds);
    }
}
