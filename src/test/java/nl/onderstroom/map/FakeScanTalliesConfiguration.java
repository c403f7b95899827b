package nl.onderstroom.map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts {@link FakeScanTallies} in place of the scan feature's implementation, in tests only. */
@TestConfiguration(proxyBeanMethods = false)
public class FakeScanTalliesConfiguration {

    @Bean
    @Primary
    FakeScanTallies fakeScanTallies() {
        return new FakeScanTallies();
    }
}
