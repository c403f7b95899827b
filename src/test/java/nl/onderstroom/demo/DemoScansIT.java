package nl.onderstroom.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.scan.ScanTallies.ConnectionCount;
import nl.onderstroom.scan.ScanTallies.ScanInfo;
import nl.onderstroom.security.SystemSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo's two waves tell the story a director should recognise. */
@IntegrationTest
@TestPropertySource(properties = "onderstroom.demo=true")
class DemoScansIT {

    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanTallies tallies;

    @Test
    void the_demo_has_two_published_waves_where_verkoop_and_operatie_barely_talk_and_ict_is_an_island() {
        SystemSession.run(() -> {
            long demo = organisations.organisations().stream().filter(o -> o.name().equals(DemoData.ORGANISATION))
                    .findFirst().orElseThrow().id();
            Map<String, Long> id = new HashMap<>();
            organisations.departments(demo).forEach((DepartmentNode d) -> id.put(d.name(), d.id()));
            List<ScanInfo> waves = tallies.scansOf(demo);
            assertThat(waves).extracting(ScanInfo::name).containsExactly(DemoScans.WAVE_2026, DemoScans.WAVE_2025);
            assertThat(waves).allMatch(w -> w.status() == ScanTallies.Status.PUBLISHED);
            ScanInfo now = waves.get(0);
            ScanInfo before = waves.get(1);
            assertThat(now.previousScanId()).isEqualTo(before.id());

            List<ConnectionCount> c = tallies.connections(now.id());
            double verkoopOperatie = mean(find(c, id.get("Verkoop"), id.get("Operatie")).flow());
            double operatieVerkoop = mean(find(c, id.get("Operatie"), id.get("Verkoop")).flow());
            assertThat(verkoopOperatie).isLessThan(2.3);
            assertThat(operatieVerkoop).isLessThan(2.3);
            assertThat(mean(find(tallies.connections(before.id()), id.get("Verkoop"), id.get("Operatie")).flow()))
                    .isGreaterThan(verkoopOperatie + 0.4);

            double ictOut = c.stream().filter(x -> x.from() == id.get("ICT")).mapToDouble(x -> mean(x.flow())).average().orElseThrow();
            assertThat(ictOut).isLessThan(2.8);
            var ict = tallies.departments(now.id()).stream().filter(d -> d.departmentId() == id.get("ICT")).findFirst().orElseThrow();
            assertThat(mean(ict.innerFlow())).isGreaterThan(4.0);

            long brokerTies = c.stream().filter(x -> (x.from() == id.get("Klantenservice") || x.to() == id.get("Klantenservice"))
                    && mean(x.flow()) >= 3.5 && x.respondents() >= 5).count();
            assertThat(brokerTies).isGreaterThanOrEqualTo(6);
            assertThat(tallies.intendedIdentity(now.id()).respondents()).isEqualTo(3);
            assertThat(tallies.texts(now.id(), ScanTallies.TextKind.CONNECTION_STORY))
                    .filteredOn(t -> t.departmentId() == id.get("Verkoop") && t.targetDepartmentId().equals(id.get("Operatie")))
                    .hasSizeGreaterThanOrEqualTo(7);
        });
    }

    private static ConnectionCount find(List<ConnectionCount> all, long from, long to) {
        return all.stream().filter(x -> x.from() == from && x.to() == to).findFirst().orElseThrow();
    }

    private static double mean(int[] ratings) {
        int n = 0;
        double sum = 0;
        for (int i = 0; i < ratings.length; i++) {
            n += ratings[i];
            sum += ratings[i] * (i + 1);
        }
        return sum / n;
    }
}
