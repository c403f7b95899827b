/**
 * The department-connection map, in pure Java: from aggregated survey tallies
 * ({@link nl.onderstroom.map.graph.DepartmentTally}, {@link nl.onderstroom.map.graph.ConnectionTally})
 * to an {@link nl.onderstroom.map.graph.OrganisationMap} of nodes, directed edges and network
 * measures (density, reciprocity, informal clusters, brokers, islands, missing strategic ties,
 * where collaboration stops).
 *
 * <p>The anonymity rules are applied here, before any figure leaves the package: nothing is
 * shown for fewer than {@code k} respondents, and complementary suppression keeps hidden counts
 * from being worked out by subtraction. Every measure is computed from shown data only.
 *
 * <p>No Spring, JPA or Vaadin: only the JDK and JGraphT. See {@code docs/measures.md}.
 */
package nl.onderstroom.map.graph;
