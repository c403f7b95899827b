package nl.onderstroom;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at the test MariaDB (see {@link TestDatabase}). */
public class MariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mariadb", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(),
                "spring.datasource.driver-class-name", "org.mariadb.jdbc.Driver")));
    }
}
