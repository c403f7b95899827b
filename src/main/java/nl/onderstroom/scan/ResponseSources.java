package nl.onderstroom.scan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a scan's responses came from: online (a used code or a count on an open link, spent in the transaction
 * that stored the response) or by import (everything else). Responses carry no such mark themselves: the
 * difference is exact because every online response spends its code or counts on its link in the same
 * transaction, and nothing else writes responses but the import.
 */
@Component
class ResponseSources {

    /**
     * Raw counts (below the anonymity threshold too): only for the rules and the results' method section.
     *
     * @param codesByDepartment  one-time codes made per department (printed, downloaded or mailed)
     * @param openLinkDepartments departments with an open link (null key: a link for the whole organisation)
     */
    record Counts(int responses, int online, Map<Long, Integer> codesByDepartment, Set<Long> openLinkDepartments) {

        int imported() {
            return Math.max(0, responses - online);
        }
    }

    private final JdbcTemplate jdbc;

    ResponseSources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int online(long scanId) {
        Integer codes = jdbc.queryForObject("select count(*) from invitation where scan_id = ? and used = true",
                Integer.class, scanId);
        Integer links = jdbc.queryForObject("select coalesce(sum(response_count), 0) from open_link where scan_id = ?",
                Integer.class, scanId);
        return (codes == null ? 0 : codes) + (links == null ? 0 : links);
    }

    int imported(long scanId) {
        return Math.max(0, responses(scanId) - online(scanId));
    }

    Counts counts(long scanId) {
        Map<Long, Integer> codes = new HashMap<>();
        jdbc.query("select department_id, count(*) from invitation where scan_id = ? and department_id is not null"
                + " group by department_id", rs -> {
                    codes.put(rs.getLong(1), rs.getInt(2));
                }, scanId);
        Set<Long> links = new HashSet<>();
        jdbc.query("select distinct department_id from open_link where scan_id = ?", rs -> {
            links.add(rs.getObject(1, Long.class));
        }, scanId);
        return new Counts(responses(scanId), online(scanId), Map.copyOf(codes), links);
    }

    private int responses(long scanId) {
        Integer n = jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId);
        return n == null ? 0 : n;
    }
}
