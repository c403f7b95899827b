package nl.onderstroom.map;

import nl.onderstroom.Application;
import org.springframework.boot.SpringApplication;

/**
 * The application with hand-made scan tallies, for looking at the results screens before the scan feature is
 * merged: {@code ./mvnw spring-boot:test-run -Dspring-boot.run.main-class=nl.onderstroom.map.MapDevApplication}.
 * Open {@code /scans/<1000 + organisation id>/map} as the demo advisor.
 */
public final class MapDevApplication {

    private MapDevApplication() {
    }

    public static void main(String[] args) {
        SpringApplication.from(Application::main).with(FakeScanTalliesConfiguration.class, DemoTallies.class).run(args);
    }
}
