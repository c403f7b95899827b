package nl.onderstroom.map;

import nl.onderstroom.scan.ScanStatus;
import java.util.ArrayList;
import java.util.List;

import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.SystemSession;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * For looking at the results screens without the scan feature: once the application is ready, gives every
 * organisation with at least six departments two hand-made scans: scan {@code 1000 + id} (published) and the
 * earlier wave {@code 500 + id} (closed), see {@link Tallies#story}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoTallies {

    private final FakeScanTallies tallies;
    private final OrganisationService organisations;

    DemoTallies(FakeScanTallies tallies, OrganisationService organisations) {
        this.tallies = tallies;
        this.organisations = organisations;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void seed() {
        SystemSession.run(() -> {
            for (OrganisationSummary organisation : organisations.organisations()) {
                seed(organisation.id(), organisations.departments(organisation.id()));
            }
        });
    }

    /** Seeds one organisation; returns the published scan's id, or -1 with fewer than six departments. */
    public long seed(long organisationId, List<DepartmentNode> departments) {
        if (departments.size() < 6) {
            return -1;
        }
        long[] ids = departments.stream().mapToLong(DepartmentNode::id).sorted().toArray();
        long published = 1000 + organisationId;
        long earlier = 500 + organisationId;
        tallies.put(withExtras(Tallies.story(info(earlier, organisationId, "Scan 2025", ScanStatus.CLOSED), ids),
                ids, 3));
        FakeScanTallies.Data now = Tallies.story(info(published, organisationId, "Scan 2026", ScanStatus.PUBLISHED), ids);
        // the wave story: the first two departments started talking a little, the broker's link to d1 weakened
        List<ScanTallies.ConnectionCount> connections = new ArrayList<>(now.connections());
        connections.set(0, Tallies.connection(ids[0], ids[1], 8, 2, 5, 1, 3));
        connections.set(5, Tallies.connection(ids[3], ids[1], 9, 3, 4, 3, 0));
        tallies.put(withExtras(new FakeScanTallies.Data(now.scan(), now.departments(), connections, now.intended(),
                now.texts()), ids, 4));
        return published;
    }

    private static ScanTallies.ScanInfo info(long id, long organisationId, String name, ScanStatus status) {
        return new ScanTallies.ScanInfo(id, organisationId, name, status, 5, 7, null, null, List.of("workload", "trust"));
    }

    /** Departments beyond the first six (their tallies come from the story): linked with the broker (d3). */
    private static FakeScanTallies.Data withExtras(FakeScanTallies.Data data, long[] ids, int flow) {
        List<ScanTallies.DepartmentCount> departments = new ArrayList<>(data.departments());
        List<ScanTallies.ConnectionCount> connections = new ArrayList<>(data.connections());
        for (int i = 6; i < ids.length; i++) {
            connections.add(Tallies.connection(ids[i], ids[3], 6, flow, 4, 3, 0));
            connections.add(Tallies.connection(ids[3], ids[i], 6, flow, 4, 3, 0));
        }
        return new FakeScanTallies.Data(data.scan(), departments, connections, data.intended(), data.texts());
    }
}
