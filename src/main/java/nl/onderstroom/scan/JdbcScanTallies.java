package nl.onderstroom.scan;

import jakarta.annotation.security.RolesAllowed;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ScanTallies} by aggregate queries over one scan's rows. Connection and department answers are read row by
 * row (only the answer columns, from the covering index where there is one, never a response id) and counted as
 * they arrive, in chunks of {@value #FETCH_SIZE} rows; themes and the directors' identity are one GROUP BY each.
 * No response is kept in memory. Tenant read access is checked on every call.
 *
 * <p>Long on purpose: kept whole (issue 9 looked for a seam): it is one port's implementation, its queries share the one read rule
 * ({@code collected}) and the counting helpers below serve those queries only; a split would scatter one SQL
 * reading of one scan over several classes.
 */
@Service
class JdbcScanTallies implements ScanTallies {

    private static final String IDENTITY_SUMS = sums("identity_rating", 1, 5) + ", " + sums("integrity_rating", 1, 5)
            + ", " + sums("image_rating", 1, 5);

    /** Rows fetched per round trip when counting row by row. */
    private static final int FETCH_SIZE = 5_000;

    private final ScanRepository scans;
    private final QuestionSets questionSets;
    private final TenantAccess tenants;
    private final JdbcTemplate jdbc;
    private final ResponseSources sources;

    JdbcScanTallies(ScanRepository scans, QuestionSets questionSets, TenantAccess tenants, JdbcTemplate jdbc,
                    ResponseSources sources) {
        this.sources = sources;
        this.scans = scans;
        this.questionSets = questionSets;
        this.tenants = tenants;
        this.jdbc = jdbc;
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public ScanInfo scan(long scanId) {
        return info(readable(scanId));
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public Provenance provenance(long scanId) {
        readable(scanId);
        ResponseSources.Counts counts = sources.counts(scanId);
        return new Provenance(counts.imported(), counts.codesByDepartment(), counts.openLinkDepartments());
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<ScanInfo> scansOf(long organisationId) {
        tenants.checkRead(organisationId);
        return scans.findByOrganisationIdOrderByCreatedAtDescIdDesc(organisationId).stream().filter(this::mayRead)
                .map(this::info).toList();
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<ConnectionCount> connections(long scanId) {
        collected(scanId);
        // The answer columns are read from the covering index in its order and counted here: per (from, to) pair
        // this costs the same as the plain GROUP BY, where twenty sum(case ...) columns in SQL cost about four
        // times as much (docs/performance.md, "Connection map"). No response id is read.
        List<ConnectionCount> result = new ArrayList<>();
        ConnectionCounter[] current = {null};
        stream("select from_department, to_department, flow, importance, frequency, stops from response_connection"
                + " where scan_id = ? order by from_department, to_department", rs -> {
                    long from = rs.getLong(1);
                    long to = rs.getLong(2);
                    ConnectionCounter c = current[0];
                    if (c == null || c.from != from || c.to != to) {
                        if (c != null) {
                            result.add(c.count());
                        }
                        c = new ConnectionCounter(from, to);
                        current[0] = c;
                    }
                    c.add(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6));
                }, scanId);
        if (current[0] != null) {
            result.add(current[0].count());
        }
        return result;
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<DepartmentCount> departments(long scanId) {
        collected(scanId);
        Map<Long, Map<String, int[]>> themes = new HashMap<>();
        jdbc.query("select department_id, theme_key, intensity, count(*) from response_theme where scan_id = ?"
                + " and department_id is not null group by department_id, theme_key, intensity", rs -> {
                    int intensity = rs.getInt(3);
                    if (intensity >= 0 && intensity <= 4) {
                        themes.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new int[5])[intensity] += rs.getInt(4);
                    }
                }, scanId);
        // counted here rather than by sixteen sum(case ...) columns in SQL, for the reason given in connections()
        Map<Long, DepartmentCounter> counters = new TreeMap<>();
        stream("select department_id, inner_flow, identity_rating, integrity_rating, image_rating from response"
                + " where scan_id = ? and respondent_group = 'STAFF' and department_id is not null", rs -> {
                    DepartmentCounter c = counters.computeIfAbsent(rs.getLong(1), id -> new DepartmentCounter());
                    c.respondents++;
                    for (int i = 0; i < 4; i++) {
                        int rating = rs.getInt(2 + i);
                        if (!rs.wasNull()) {
                            increment(c.ratings[i], rating, 1);
                        }
                    }
                }, scanId);
        List<DepartmentCount> result = new ArrayList<>(counters.size());
        counters.forEach((id, c) -> {
            Map<String, int[]> identity = new LinkedHashMap<>();
            identity.put(IdentityQuestions.Rating.IDENTITY.tallyKey(), c.ratings[1]);
            identity.put(IdentityQuestions.Rating.INTEGRITY.tallyKey(), c.ratings[2]);
            identity.put(IdentityQuestions.Rating.IMAGE.tallyKey(), c.ratings[3]);
            result.add(new DepartmentCount(id, c.respondents, c.ratings[0], themes.getOrDefault(id, Map.of()), identity));
        });
        return result;
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public IntendedIdentity intendedIdentity(long scanId) {
        collected(scanId);
        return jdbc.queryForObject("select count(*), " + IDENTITY_SUMS
                        + " from response where scan_id = ? and respondent_group = 'DIRECTOR'",
                (rs, i) -> new IntendedIdentity(rs.getInt(1), identity(rs, 2)), scanId);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<Text> texts(long scanId, TextKind kind) {
        collected(scanId);
        // ordered by the random id: a stable order that says nothing about who wrote what, or when
        return jdbc.query("select department_id, target_department_id, themes, text, director from response_text"
                        + " where scan_id = ? and kind = ? order by id",
                (rs, i) -> new Text(kind, rs.getLong(1), (Long) rs.getObject(2, Long.class), themes(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)), scanId, kind.name());
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<QuestionSet.Question> ownQuestions(long scanId) {
        return questionSets.read(readable(scanId).getQuestionSet()).questions().stream()
                .filter(q -> !q.builtIn()).toList();
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<OwnAnswerCount> ownAnswers(long scanId) {
        collected(scanId);
        return jdbc.query("select r.department_id, a.question_key, a.answer, count(*) from response_answer a"
                        + " join response r on r.id = a.response_id"
                        + " where a.scan_id = ? and r.scan_id = ? and r.respondent_group = 'STAFF' and r.department_id is not null"
                        + " group by r.department_id, a.question_key, a.answer",
                (rs, i) -> new OwnAnswerCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                scanId, scanId);
    }

    @Override
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<OwnText> ownTexts(long scanId) {
        collected(scanId);
        // ordered by the random id, as texts(): stable, and says nothing about who wrote what, or when
        return jdbc.query("select question_key, department_id, text from response_text where scan_id = ? and kind = 'CUSTOM'"
                        + " and director = false and department_id is not null and question_key is not null order by id",
                (rs, i) -> new OwnText(rs.getString(1), rs.getLong(2), rs.getString(3)), scanId);
    }

    /** Runs a query row by row, fetching the rows in chunks rather than all at once. */
    private void stream(String sql, RowCallbackHandler handler, Object... args) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, handler);
    }

    /** Counts of value {@code value} at index {@code value - first}; values outside the range are not counted. */
    private static void increment(int[] counts, int value, int first) {
        int i = value - first;
        if (i >= 0 && i < counts.length) {
            counts[i]++;
        }
    }

    /** The answers of one connection pair, counted per answer value (array conventions: see {@link ScanTallies}). */
    private static final class ConnectionCounter {
        final long from;
        final long to;
        int respondents;
        final int[] flow = new int[5];
        final int[] importance = new int[5];
        final int[] frequency = new int[5];
        final int[] stops = new int[4];

        ConnectionCounter(long from, long to) {
            this.from = from;
            this.to = to;
        }

        void add(int flowValue, int importanceValue, int frequencyValue, int stopsValue) {
            respondents++;
            increment(flow, flowValue, 1);
            increment(importance, importanceValue, 1);
            increment(frequency, frequencyValue, 0);
            increment(stops, stopsValue, 0);
        }

        ConnectionCount count() {
            return new ConnectionCount(from, to, respondents, flow, importance, frequency, stops);
        }
    }

    /** Staff respondents of one department; ratings: inner flow, identity, integrity, image, each 1..5. */
    private static final class DepartmentCounter {
        int respondents;
        final int[][] ratings = new int[4][5];
    }

    private Scan readable(long scanId) {
        Scan scan = scans.findById(scanId).orElseThrow(NotFound::new);
        tenants.checkRead(scan.getOrganisationId());
        if (!mayRead(scan)) {
            throw new NotFound();
        }
        return scan;
    }

    /** A readable scan whose answers may be read: not found while it is a draft or collects (see ScanTallies). */
    private Scan collected(long scanId) {
        Scan scan = readable(scanId);
        if (!ScanTallies.answersReadable(scan.getStatus())) {
            throw new NotFound();
        }
        return scan;
    }

    /** As the results screens: a director reads a scan of their organisation only once it is published. */
    private boolean mayRead(Scan scan) {
        return tenants.currentRole().filter(r -> r == Role.DIRECTOR).isEmpty() || scan.getStatus() == ScanStatus.PUBLISHED;
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
        identity.put(IdentityQuestions.Rating.IDENTITY.tallyKey(), counts(rs, firstColumn, 5));
        identity.put(IdentityQuestions.Rating.INTEGRITY.tallyKey(), counts(rs, firstColumn + 5, 5));
        identity.put(IdentityQuestions.Rating.IMAGE.tallyKey(), counts(rs, firstColumn + 10, 5));
        return identity;
    }

    private static List<String> themes(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
    }
}
