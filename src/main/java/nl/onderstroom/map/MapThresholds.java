package nl.onderstroom.map;

import nl.onderstroom.map.graph.MapSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map's measure thresholds, set per installation with {@code onderstroom.map.*} (docs/measures.md, "Settings").
 * The anonymity threshold is not here: it belongs to each scan and is never below {@link MapSettings#MIN_K}.
 */
@ConfigurationProperties("onderstroom.map")
public record MapThresholds(@DefaultValue("3.0") double workingFlowMin,
                            @DefaultValue("2.75") double islandMaxExternalFlow,
                            @DefaultValue("-0.2") double islandMaxEiIndex,
                            @DefaultValue("4.0") double strategicImportanceMin,
                            @DefaultValue("2.75") double strategicFlowMax,
                            @DefaultValue("0.15") double brokerMinBetweenness) {

    public MapThresholds {
        // out-of-range values stop the start-up with the reason (the fields are not assigned yet: use the parameters)
        new MapSettings(MapSettings.MIN_K, workingFlowMin, islandMaxExternalFlow, islandMaxEiIndex, strategicImportanceMin,
                strategicFlowMax, brokerMinBetweenness);
    }

    /** The documented defaults (the same as {@link MapSettings#defaults}). */
    public static MapThresholds defaults() {
        MapSettings d = MapSettings.defaults(MapSettings.MIN_K);
        return new MapThresholds(d.workingFlowMin(), d.islandMaxExternalFlow(), d.islandMaxEiIndex(),
                d.strategicImportanceMin(), d.strategicFlowMax(), d.brokerMinBetweenness());
    }

    /** The settings for a scan with anonymity threshold {@code k}; checked at start-up. */
    MapSettings settings(int k) {
        return new MapSettings(Math.max(MapSettings.MIN_K, k), workingFlowMin, islandMaxExternalFlow, islandMaxEiIndex,
                strategicImportanceMin, strategicFlowMax, brokerMinBetweenness);
    }
}
