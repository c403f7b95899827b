package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The codes stored in {@code response_connection}: changing one changes the meaning of every answer already stored,
 * so they are pinned here, constant by constant.
 */
class FrequencyStopCodesTest {

    @Test
    void frequency_codes_are_the_stored_values() {
        Map<Frequency, Integer> codes = new LinkedHashMap<>();
        for (Frequency f : Frequency.values()) {
            codes.put(f, f.code());
        }
        assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of(
                Frequency.NEVER, 0, Frequency.YEARLY, 1, Frequency.MONTHLY, 2, Frequency.WEEKLY, 3, Frequency.DAILY, 4));
    }

    @Test
    void stop_codes_are_the_stored_values() {
        Map<Stop, Integer> codes = new LinkedHashMap<>();
        for (Stop s : Stop.values()) {
            codes.put(s, s.code());
        }
        assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of(
                Stop.NONE, 0, Stop.THEIRS, 1, Stop.OURS, 2, Stop.BOTH, 3));
    }

    @Test
    void a_code_reads_back_as_its_constant_and_an_unknown_code_is_refused() {
        for (Frequency f : Frequency.values()) {
            assertThat(Frequency.ofCode(f.code())).isSameAs(f);
        }
        for (Stop s : Stop.values()) {
            assertThat(Stop.ofCode(s.code())).isSameAs(s);
        }
        assertThatThrownBy(() -> Frequency.ofCode(5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stop.ofCode(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
