package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes responses and free texts with JDBC batches, in the caller's transaction: one submission is a handful of
 * statements, an import of 50,000 rows a few hundred batches. Ids are random UUIDs, so they reveal no order.
 */
@Component
class ResponseWriter {

    /** One respondent's answers, ready to store. */
    record NewResponse(Long departmentId, boolean director, Integer innerFlow, Integer identity, Integer integrity,
                       Integer image, List<NewConnection> connections, Map<String, Integer> themes,
                       Map<String, String> answers) {
    }

    record NewConnection(long to, Frequency frequency, int importance, int flow, Stop stop) {
    }

    /** A free text; deliberately without the response it came with. */
    record NewText(Long departmentId, Long targetDepartmentId, String kind, String questionKey,
                   List<String> themes, String text, boolean director) {
    }

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    ResponseWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long scanId, List<NewResponse> responses, List<NewText> texts) {
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> connections = new ArrayList<>();
        List<Object[]> themes = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (NewResponse r : responses) {
            String id = UUID.randomUUID().toString();
            rows.add(new Object[] {id, scanId, r.departmentId(), r.director() ? "DIRECTOR" : "STAFF", r.innerFlow(),
                    r.identity(), r.integrity(), r.image()});
            for (NewConnection c : r.connections()) {
                connections.add(new Object[] {id, scanId, r.departmentId(), c.to(), c.frequency().code(), c.importance(),
                        c.flow(), c.stop().code()});
            }
            r.themes().forEach((key, value) -> themes.add(new Object[] {id, scanId, r.departmentId(), key, value}));
            r.answers().forEach((key, value) -> answers.add(new Object[] {id, scanId, key, value}));
        }
        batch("insert into response (id, scan_id, department_id, respondent_group, inner_flow, identity_rating, "
                + "integrity_rating, image_rating) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        batch("insert into response_connection (response_id, scan_id, from_department, to_department, frequency, "
                + "importance, flow, stops) values (?, ?, ?, ?, ?, ?, ?, ?)", connections);
        batch("insert into response_theme (response_id, scan_id, department_id, theme_key, intensity) values (?, ?, ?, ?, ?)",
                themes);
        batch("insert into response_answer (response_id, scan_id, question_key, answer) values (?, ?, ?, ?)", answers);
        List<Object[]> textRows = new ArrayList<>();
        for (NewText t : texts) {
            textRows.add(new Object[] {UUID.randomUUID().toString(), scanId, t.departmentId(), t.targetDepartmentId(),
                    t.kind(), t.questionKey(), String.join(";", t.themes()), t.text(), t.director()});
        }
        batch("insert into response_text (id, scan_id, department_id, target_department_id, kind, question_key, themes, "
                + "text, director) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", textRows);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    /** Removes every response and text of a scan (an advisor replacing an import of a DRAFT scan). */
    int deleteAll(long scanId) {
        jdbc.update("delete from response_text where scan_id = ?", scanId);
        jdbc.update("delete from response_answer where scan_id = ?", scanId);
        jdbc.update("delete from response_theme where scan_id = ?", scanId);
        jdbc.update("delete from response_connection where scan_id = ?", scanId);
        return jdbc.update("delete from response where scan_id = ?", scanId);
    }
}
