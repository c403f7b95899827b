package nl.onderstroom.scan;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.AuditLog.Action;
import nl.onderstroom.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How respondents are invited to a scan: one-time codes (for a department or the directors' intended identity) and
 * open links with a response cap. Codes and tokens are returned once; only their keyed hashes are stored. Invitations
 * by e-mail are {@link EmailInvitationService}, which shares the rules below. Split from {@link ScanService} (issue 9:
 * one service per use-case family); every method checks the caller's tenant access through {@link ScanAccess}.
 */
@Service
public class InvitationService {

    public static final int MAX_CODES = 1_000;
    public static final int MAX_OPEN_LINK_CAP = 10_000;

    /** Freshly made codes: shown and downloaded once, never again (only their hashes are kept). */
    public record IssuedCodes(long scanId, String scanName, Long departmentId, String departmentName, List<String> codes) {
    }

    /**
     * An open link: {@code responses} that came through it, {@code null} while fewer than the scan's threshold (rule
     * 4: a department's live count, which a department link's count is, shows only from k on).
     */
    public record OpenLinkSummary(long id, Long departmentId, String departmentName, int cap, Integer responses,
                                  boolean active) {
    }

    /** A new open link; the token is shown once. */
    public record IssuedOpenLink(OpenLinkSummary link, String token) {
    }

    private final ScanAccess access;
    private final InvitationRepository invitations;
    private final OpenLinkRepository openLinks;
    private final CodeSecret secret;
    private final ResponseSources sources;
    private final AuditLog audit;
    private final InvitationCodes codes = new InvitationCodes();

    InvitationService(ScanAccess access, InvitationRepository invitations, OpenLinkRepository openLinks,
                      CodeSecret secret, ResponseSources sources, AuditLog audit) {
        this.access = access;
        this.invitations = invitations;
        this.openLinks = openLinks;
        this.secret = secret;
        this.sources = sources;
        this.audit = audit;
    }

    /**
     * Makes {@code count} one-time codes for a department (or, with {@code departmentId} null and {@code director}
     * true, for the directors' intended identity). The codes are returned this once; only their keyed hashes are
     * stored. Refused once the scan has closed or holds imported answers; the count goes to the audit log.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public IssuedCodes issueCodes(long scanId, Long departmentId, int count, boolean director) {
        Scan scan = access.writable(scanId);
        requireNotClosed(scan);
        requireNoImport(scan);
        if (count < 1 || count > MAX_CODES) {
            throw new UserError("scan.error.codeCount", MAX_CODES);
        }
        String departmentName = director ? null : access.departmentName(scan, requireDepartment(departmentId));
        List<String> issued = new ArrayList<>(count);
        List<Invitation> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String code = codes.newInvitationCode();
            issued.add(code);
            rows.add(new Invitation(scanId, director ? null : departmentId, secret.codeHash(code),
                    director ? Invitation.Kind.DIRECTOR : Invitation.Kind.CODE));
        }
        invitations.saveAll(rows);
        audit.scan(Action.CODES_ISSUED, scan.getOrganisationId(), scanId, director ? null : departmentId, count);
        return new IssuedCodes(scanId, scan.getName(), director ? null : departmentId, departmentName, issued);
    }

    /**
     * An open link for a department (or the whole organisation with {@code departmentId} null), up to {@code cap}
     * responses. Refused once the scan has closed or holds imported answers; recorded in the audit log with its cap.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public IssuedOpenLink createOpenLink(long scanId, Long departmentId, int cap) {
        Scan scan = access.writable(scanId);
        requireNotClosed(scan);
        requireNoImport(scan);
        if (cap < 1 || cap > MAX_OPEN_LINK_CAP) {
            throw new UserError("scan.error.openLinkCap", MAX_OPEN_LINK_CAP);
        }
        String name = departmentId == null ? null : access.departmentName(scan, departmentId);
        String token = codes.newOpenLinkToken();
        OpenLink link = openLinks.save(new OpenLink(scanId, departmentId, secret.tokenHash(token), cap));
        audit.scan(Action.OPEN_LINK_CREATED, scan.getOrganisationId(), scanId, departmentId, cap);
        return new IssuedOpenLink(new OpenLinkSummary(link.getId(), departmentId, name, cap, null, true), token);
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<OpenLinkSummary> openLinks(long scanId) {
        Scan scan = access.writable(scanId);
        Map<Long, String> names = access.departmentNames(scan);
        return openLinks.findByScanIdOrderById(scanId).stream().map(l -> new OpenLinkSummary(l.getId(), l.getDepartmentId(),
                l.getDepartmentId() == null ? null : names.get(l.getDepartmentId()), l.getResponseCap(),
                l.getResponseCount() >= scan.getThreshold() ? l.getResponseCount() : null, l.isActive())).toList();
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public void deactivateOpenLink(long scanId, long openLinkId) {
        access.writable(scanId);
        OpenLink link = openLinks.findById(openLinkId).filter(l -> l.getScanId() == scanId).orElseThrow(NotFound::new);
        link.deactivate();
    }

    /** Records codes sent by e-mail (EmailInvitationService) in the audit log, in the caller's transaction. */
    void codesMailed(Scan scan, long departmentId, int count) {
        audit.scan(Action.CODES_MAILED, scan.getOrganisationId(), scan.getId(), departmentId, count);
    }

    /** Codes and open links are refused for a scan with imported responses: the two do not mix. */
    void requireNoImport(Scan scan) {
        if (sources.imported(scan.getId()) > 0) {
            throw new UserError("scan.invite.error.imported");
        }
    }

    private static void requireNotClosed(Scan scan) {
        if (scan.getStatus() == ScanStatus.CLOSED || scan.getStatus() == ScanStatus.PUBLISHED) {
            throw new UserError("scan.error.closed");
        }
    }

    private static long requireDepartment(Long departmentId) {
        if (departmentId == null) {
            throw new UserError("scan.error.departmentRequired");
        }
        return departmentId;
    }
}
