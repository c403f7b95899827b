package nl.onderstroom.scan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.security.TenantAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ScanTallies} by aggregate SQL: each figure is one GROUP BY over one scan's rows, answered from covering
 * indexes; no response is loaded into memory. Tenant read access is checked on every call.
 */
@Service
class JdbcScanTallies implements ScanTallies {

    private static final String IDENTITY_SUMS = sums("identity_rating", 1, 5) + ", " + sums("integrity_rating", 1, 5)
            + ", " + sums("image_rating", 1, 5);

    private final ScanRepository scans;
    private final QuestionSets questionSets;
    private final TenantAccess tenants;
    private final JdbcTemplate jdbc;

    JdbcScanTallies(ScanRepository scans, QuestionSets questionSets, TenantAccess tenants, JdbcTemplate jdbc) {
        this.scans = scans;
        this.questionSets = questionSets;
        this.tenants = tenants;
        this.jdbc = jdbc;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ScanInfo scan(long scanId) {
        return info(readable(scanId));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ScanInfo> scansOf(long organisationId) {
        tenants.checkRead(organisationId);
        return scans.findByOrganisationIdOrderByCreatedAtDescIdDesc(organisationId).stream().map(this::info).toList();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ConnectionCount> connections(long scanId) {
        readable(scanId);
        String sql = "select from_department, to_department, count(*) n, " + sums("flow", 1, 5) + ", "
                + sums("importance", 1, 5) + ", " + sums("frequency", 0, 4) + ", " + sums("stops", 0, 3)
                + " from response_connection where scan_id = ? group by from_department, to_department"
                + " order by from_department, to_department";
        return jdbc.query(sql, (rs, i) -> new ConnectionCount(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                counts(rs, 4, 5), counts(rs, 9, 5), counts(rs, 14, 5), counts(rs, 19, 4)), scanId);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DepartmentCount> departments(long scanId) {
        readable(scanId);
        Map<Long, Map<String, int[]>> themes = new HashMap<>();
        jdbc.query("select department_id, theme_key, intensity, count(*) from response_theme where scan_id = ?"
                + " and department_id is not null group by department_id, theme_key, intensity", rs -> {
                    int intensity = rs.getInt(3);
                    if (intensity >= 0 && intensity <= 4) {
                        themes.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new int[5])[intensity] += rs.getInt(4);
                    }
                }, scanId);
        String sql = "select department_id, count(*), " + sums("inner_flow", 1, 5) + ", " + IDENTITY_SUMS
                + " from response where scan_id = ? and respondent_group = 'STAFF' and department_id is not null"
                + " group by department_id order by department_id";
        return jdbc.query(sql, (rs, i) -> new DepartmentCount(rs.getLong(1), rs.getInt(2), counts(rs, 3, 5),
                themes.getOrDefault(rs.getLong(1), Map.of()), identity(rs, 8)), scanId);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public IntendedIdentity intendedIdentity(long scanId) {
        readable(scanId);
        return jdbc.queryForObject("select count(*), " + IDENTITY_SUMS
                        + " from response where scan_id = ? and respondent_group = 'DIRECTOR'",
                (rs, i) -> new IntendedIdentity(rs.getInt(1), identity(rs, 2)), scanId);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Text> texts(long scanId, TextKind kind) {
        readable(scanId);
        // ordered by the random id: a stable order that says nothing about who wrote what, or when
        return jdbc.query("select department_id, target_department_id, themes, text, director from response_text"
                        + " where scan_id = ? and kind = ? order by id",
                (rs, i) -> new Text(kind, rs.getLong(1), (Long) rs.getObject(2, Long.class), themes(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)), scanId, kind.name());
    }

    private Scan readable(long scanId) {
        Scan scan = scans.findById(scanId).orElseThrow(NotFound::new);
        tenants.checkRead(scan.getOrganisationId());
        return scan;
    }

    private ScanInfo info(Scan scan) {
        return new ScanInfo(scan.getId(), scan.getOrganisationId(), scan.getName(), scan.getStatus(), scan.getThreshold(),
                scan.getStoryThreshold(), scan.getPreviousScanId(), scan.getClosesOn(),
                questionSets.read(scan.getQuestionSet()).themeKeys());
    }

    private static String sums(String column, int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int v = from; v <= to; v++) {
            parts.add("sum(case when " + column + " = " + v + " then 1 else 0 end)");
        }
        return String.join(", ", parts);
    }

    private static int[] counts(ResultSet rs, int firstColumn, int n) throws SQLException {
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] = rs.getInt(firstColumn + i);
        }
        return counts;
    }

    private static Map<String, int[]> identity(ResultSet rs, int firstColumn) throws SQLException {
        Map<String, int[]> identity = new LinkedHashMap<>();
        identity.put("identity", counts(rs, firstColumn, 5));
        identity.put("integrity", counts(rs, firstColumn + 5, 5));
        identity.put("image", counts(rs, firstColumn + 10, 5));
        return identity;
    }

    private static List<String> themes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
