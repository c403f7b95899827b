package nl.onderstroom.scan;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The response counts an advisor watches while a scan collects (PRODUCT.md rule 4), hidden by {@link LiveCounts}.
 * Split from {@link ScanService} (issue 9: one service per use-case family); checks the caller's tenant access through
 * {@link ScanAccess}.
 */
@Service
public class LiveCountService {

    /**
     * A department's live count: {@code responses} {@code null} when hidden, then {@code atLeastK} says whether it is
     * hidden to protect a smaller department; {@code responseRate} only beside a shown count.
     */
    public record DepartmentResponses(long departmentId, String name, int depth, Integer responses, boolean atLeastK,
                                      Double responseRate, long invitations) {
    }

    /** Live counts as they may be shown: totals below k and small departments are null. */
    public record ResponseCounts(long scanId, int threshold, Integer total, Double responseRate,
                                 List<DepartmentResponses> departments) {
    }

    private final ScanAccess access;
    private final OrganisationService organisations;
    private final JdbcTemplate jdbc;

    LiveCountService(ScanAccess access, OrganisationService organisations, JdbcTemplate jdbc) {
        this.access = access;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /**
     * Response counts as they may be shown live (rule 4): per department only from k responses on, with
     * complementary hiding, and the total from k on, by the same rule as the map ({@link LiveCounts}). Staff
     * responses only, the total too: the directors' intended-identity answers change no count a user can compare
     * with the map's total.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public ResponseCounts responseCounts(long scanId) {
        Scan scan = access.readable(scanId);
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select department_id, count(*) from response where scan_id = ? and respondent_group = 'STAFF'"
                + " and department_id is not null group by department_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }, scanId);
        Map<Long, Long> invited = new HashMap<>();
        jdbc.query("select department_id, count(*) from invitation where scan_id = ? and department_id is not null"
                + " group by department_id", rs -> {
                    invited.put(rs.getLong(1), rs.getLong(2));
                }, scanId);
        List<DepartmentNode> nodes = organisations.departments(scan.getOrganisationId());
        LiveCounts.Result shown = LiveCounts.of(nodes, counts, scan.getThreshold());
        List<DepartmentResponses> rows = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            DepartmentNode n = nodes.get(i);
            LiveCounts.Row row = shown.rows().get(i);
            rows.add(new DepartmentResponses(n.id(), n.name(), n.depth(), row.responses(), row.atLeastK(),
                    row.responseRate(), invited.getOrDefault(n.id(), 0L)));
        }
        return new ResponseCounts(scanId, scan.getThreshold(), shown.total(), shown.responseRate(), rows);
    }
}
