package nl.onderstroom.scan;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention and erasure (docs/privacy.md). Stories and open answers ({@code response_text}) of a closed scan are
 * deleted once the organisation's retention period has passed since the scan closed; the aggregates stay, so the
 * map still computes. On request a whole scan, or a whole organisation, is erased with everything that belongs to
 * it. Every deletion goes to the audit log with ids and a count, never content.
 *
 * <p>Deletions are plain {@code delete ... where scan_id = ?} statements: running them twice, or on two instances at
 * once, deletes nothing the second time and writes no second audit entry (an entry only when rows went).
 */
@Service
public class RetentionService implements nl.onderstroom.organisation.OrganisationErasure {

    /** Every table that holds rows of a scan, children before parents (foreign keys). Not audit_event: it keeps ids. */
    static final List<String> SCAN_TABLES = List.of("email_invitation", "invitation", "draft", "open_link",
            "response_connection", "response_theme", "response_answer", "response", "response_text",
            "director_answered");

    private final ScanRepository scans;
    private final OrganisationService organisations;
    private final TenantAccess tenants;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RetentionService(ScanRepository scans, OrganisationService organisations, TenantAccess tenants, AuditLog audit,
                     JdbcTemplate jdbc, Clock clock) {
        this.scans = scans;
        this.organisations = organisations;
        this.tenants = tenants;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The scheduler's work: deletes the stories and open answers of every scan whose organisation's retention period
     * has passed since it closed. Returns the number of texts deleted.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public int deleteExpiredTexts() {
        Instant now = clock.instant();
        int deleted = 0;
        for (Scan scan : scans.findByClosedAtNotNull()) {
            if (expired(scan, now)) {
                deleted += deleteTexts(scan);
            }
        }
        return deleted;
    }

    /** When the stories and open answers of a closed scan are (or were) deleted; null while it is not closed. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public Instant textsDeletedAfter(long scanId) {
        Scan scan = scans.findById(scanId).orElseThrow(NotFound::new);
        tenants.checkRead(scan.getOrganisationId());
        return scan.getClosedAt() == null ? null : deadline(scan);
    }

    /**
     * Erases a scan on request: its responses, texts, drafts, invitations, codes, e-mail addresses, open links,
     * own-question answers and which directors answered, then the scan itself. A later wave keeps its own answers
     * and no longer compares with it. Administrators, and advisors of the scan's organisation.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public void eraseScan(long scanId) {
        Scan scan = scans.findById(scanId).orElseThrow(NotFound::new);
        tenants.checkWrite(scan.getOrganisationId());
        int responses = erase(scanId);
        audit.scan(AuditLog.Action.SCAN_ERASED, scan.getOrganisationId(), scanId, null, responses);
    }

    /**
     * Erases an organisation on request: every scan as {@link #eraseScan}, its departments, its director accounts
     * and its advisors' assignments, then the organisation. Administrators only.
     */
    @Override
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public void eraseOrganisation(long organisationId) {
        tenants.checkWrite(organisationId);
        Integer found = jdbc.queryForObject("select count(*) from organisation where id = ?", Integer.class,
                organisationId);
        if (found == null || found == 0) {
            throw new NotFound();
        }
        List<Long> ids = jdbc.queryForList("select id from scan where organisation_id = ? order by id", Long.class,
                organisationId);
        for (long scanId : ids) {
            int responses = erase(scanId);
            audit.scan(AuditLog.Action.SCAN_ERASED, organisationId, scanId, null, responses);
        }
        jdbc.update("delete from account_organisation where organisation_id = ?", organisationId);
        // director accounts belong to the organisation; their tokens and answered-marks cascade
        jdbc.update("delete from account where organisation_id = ?", organisationId);
        jdbc.update("update department set parent_id = null where organisation_id = ?", organisationId);
        jdbc.update("delete from department where organisation_id = ?", organisationId);
        jdbc.update("delete from organisation where id = ?", organisationId);
        audit.organisation(AuditLog.Action.ORGANISATION_ERASED, organisationId, ids.size());
    }

    private int erase(long scanId) {
        scans.lockForImport(scanId);
        Integer responses = jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class,
                scanId);
        for (String table : SCAN_TABLES) {
            jdbc.update("delete from " + table + " where scan_id = ?", scanId);
        }
        jdbc.update("update scan set previous_scan_id = null where previous_scan_id = ?", scanId);
        scans.flush();
        scans.findById(scanId).ifPresent(scans::delete);
        scans.flush();
        return responses == null ? 0 : responses;
    }

    private boolean expired(Scan scan, Instant now) {
        return !deadline(scan).isAfter(now);
    }

    private Instant deadline(Scan scan) {
        int months = organisations.retentionMonths(scan.getOrganisationId());
        return scan.getClosedAt().atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    private int deleteTexts(Scan scan) {
        int n = jdbc.update("delete from response_text where scan_id = ?", scan.getId());
        if (n > 0) {
            audit.scan(AuditLog.Action.TEXTS_DELETED, scan.getOrganisationId(), scan.getId(), null, n);
        }
        return n;
    }
}
