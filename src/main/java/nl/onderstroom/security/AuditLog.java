package nl.onderstroom.security;

import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What advisors, administrators and the scheduler did: scans created, opened, closed and published; responses
 * imported and codes made (with their count per department); results exported; accounts changed. An
 * administrator reads it, so that padding a small department with imported answers or self-made codes shows.
 *
 * <p>An entry holds an action, who, when, ids and a count: there is no text field, so it cannot carry an answer,
 * a story or an invitation code. Nothing a respondent does is recorded. Entries are written in the transaction of
 * the action itself ({@link Propagation#MANDATORY}): the action and its entry commit or roll back together.
 */
@Service
public class AuditLog {

    public static final int MAX_ENTRIES = 1_000;
    static final String SYSTEM_ACTOR = "system";

    /** What happened. Stored by name. */
    public enum Action {
        SCAN_CREATED, SCAN_OPENED, SCAN_CLOSED, SCAN_PUBLISHED,
        /** Responses imported into a department; the amount is their number. */
        RESPONSES_IMPORTED,
        /** One-time codes made for a department (or the directors, without department); the amount is their number. */
        CODES_ISSUED,
        /** Codes sent by e-mail to a department's people; the amount is their number. */
        CODES_MAILED,
        /** An open link for a department (or everyone); the amount is its response cap. */
        OPEN_LINK_CREATED,
        /** Results exported through the API (GraphML, CSV). */
        RESULTS_EXPORTED,
        ACCOUNT_CREATED, ACCOUNT_CHANGED, ACCOUNT_ENABLED, ACCOUNT_DISABLED, PASSWORD_RESET,
        /** An organisation's retention period changed; the amount is the new number of months. */
        RETENTION_CHANGED,
        /** A closed scan's stories and open answers deleted after its retention period; the amount is their number. */
        TEXTS_DELETED,
        /** A whole scan erased on request; the amount is the number of responses it held. */
        SCAN_ERASED,
        /** A whole organisation erased on request; the amount is the number of scans it held. */
        ORGANISATION_ERASED,
        /**
         * A finding created (also from a suggestion), its content saved, or deleted; the amount is the finding's id.
         * Only the id and the kind of change: a finding's title and narrative are the advisor's words, kept out.
         */
        FINDING_CREATED, FINDING_CHANGED, FINDING_DELETED,
        /** An action created, changed (status included) or deleted; the amount is the action's id. No wording. */
        ACTION_CREATED, ACTION_CHANGED, ACTION_DELETED
    }

    /**
     * One entry as the administrator reads it: the ids, and the current names of what they point to ({@code null}
     * once erased or removed). {@code actor} is the e-mail address of whoever did it, or "system".
     */
    public record Entry(long id, Instant occurredAt, String actor, Action action, Long organisationId, Long scanId,
                        Long departmentId, Integer amount, Long accountId, String organisationName, String scanName,
                        String departmentName, String accountEmail) {
    }

    /**
     * The entries with the names of what they are about, read in the same query. The audit log belongs to security,
     * which the organisation and scan features depend on, so it reads their names by id here instead of calling
     * them; only names and an e-mail address, never anything a respondent gave.
     */
    private static final String SELECT = "select e.id, e.occurred_at, e.actor, e.action, e.organisation_id, e.scan_id,"
            + " e.department_id, e.amount, e.account_id, o.name organisation_name, s.name scan_name,"
            + " d.name department_name, a.email account_email from audit_event e"
            + " left join organisation o on o.id = e.organisation_id left join scan s on s.id = e.scan_id"
            + " left join department d on d.id = e.department_id left join account a on a.id = e.account_id";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a scan action; {@code departmentId} and {@code amount} may be null. Needs the action's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void scan(Action action, long organisationId, long scanId, Long departmentId, Integer amount) {
        insert(action, organisationId, scanId, departmentId, amount, null);
    }

    /** Records an action on a whole organisation; {@code amount} may be null. Needs the action's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void organisation(Action action, long organisationId, Integer amount) {
        insert(action, organisationId, null, null, amount, null);
    }

    /** Records an account action. Needs the action's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void account(Action action, long accountId) {
        insert(action, null, null, null, null, accountId);
    }

    /** The newest entries first, at most {@code limit} (capped at {@value #MAX_ENTRIES}). */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<Entry> recent(int limit) {
        int n = Math.max(1, Math.min(limit, MAX_ENTRIES));
        return jdbc.query(SELECT + " order by e.id desc limit " + n, AuditLog::entry);
    }

    /** The entries of one scan, oldest first. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<Entry> ofScan(long scanId) {
        return jdbc.query(SELECT + " where e.scan_id = ? order by e.id", AuditLog::entry, scanId);
    }

    private void insert(Action action, Long organisationId, Long scanId, Long departmentId, Integer amount,
                        Long accountId) {
        jdbc.update("insert into audit_event (occurred_at, actor, action, organisation_id, scan_id, department_id, "
                        + "amount, account_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), actor(), action.name(), organisationId, scanId, departmentId, amount,
                accountId);
    }

    /** The signed-in account's e-mail address, or "system" for the scheduler and start-up work. */
    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return p.getUsername();
        }
        return SYSTEM_ACTOR;
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                Action.valueOf(rs.getString("action")), rs.getObject("organisation_id", Long.class),
                rs.getObject("scan_id", Long.class), rs.getObject("department_id", Long.class),
                rs.getObject("amount", Integer.class), rs.getObject("account_id", Long.class),
                rs.getString("organisation_name"), rs.getString("scan_name"), rs.getString("department_name"),
                rs.getString("account_email"));
    }
}
