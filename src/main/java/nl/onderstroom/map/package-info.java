/**
 * The results of a scan: the department-connection map and its views (matrix, themes, identity, wave
 * comparison), its stories and its exports. {@link nl.onderstroom.map.MapService} is the entry point; it reads
 * raw tallies through {@link nl.onderstroom.scan.ScanTallies} and lets nothing reach a person except through
 * {@link nl.onderstroom.map.graph.MapComputation}'s anonymity rules and the story threshold.
 */
package nl.onderstroom.map;
