package nl.onderstroom.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.onderstroom.map.graph.MapSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class MapThresholdsTest {

    private static MapThresholds bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("onderstroom.map", MapThresholds.class);
    }

    @Test
    void without_settings_the_documented_defaults_apply() {
        assertThat(bind(Map.of()).settings(5)).isEqualTo(MapSettings.defaults(5));
    }

    @Test
    void an_operator_can_set_the_island_threshold_and_the_scan_keeps_its_own_k() {
        MapSettings settings = bind(Map.of("onderstroom.map.island-max-external-flow", "3.1")).settings(7);
        assertThat(settings.islandMaxExternalFlow()).isEqualTo(3.1);
        assertThat(settings.k()).isEqualTo(7);
    }

    @Test
    void the_anonymity_threshold_never_drops_below_three() {
        assertThat(MapThresholds.defaults().settings(1).k()).isEqualTo(MapSettings.MIN_K);
    }

    @Test
    void a_value_out_of_range_is_refused_with_its_name() {
        assertThatThrownBy(() -> bind(Map.of("onderstroom.map.broker-min-betweenness", "1.5")))
                .rootCause().hasMessageContaining("brokerMinBetweenness");
    }
}
