package nl.onderstroom.scan;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountPrincipal;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A director gives the intended identity of an open scan of their own organisation from their own page, without a
 * code: once per scan, not changeable. The answer is stored as a director's answer by code is (a response of the
 * DIRECTOR group, texts apart); a separate row says only that this account has answered this scan, with no link to
 * the response and no time (docs/decisions/director-intended-identity.md).
 */
@Service
public class DirectorIdentityService {

    /** An open scan of the director's organisation, and whether they have given its intended identity. */
    public record OpenScan(long scanId, String name, LocalDate closesOn, boolean answered) {
    }

    /** What the form needs: the scan, its questions (the identity part is asked), and whether already answered. */
    public record Form(long scanId, String name, QuestionSet questions, boolean answered) {
    }

    private final ScanRepository scans;
    private final OrganisationService organisations;
    private final TenantAccess tenants;
    private final QuestionSets json;
    private final ResponseWriter writer;
    private final ScanEvents events;
    private final JdbcTemplate jdbc;

    DirectorIdentityService(ScanRepository scans, OrganisationService organisations, TenantAccess tenants,
                            QuestionSets json, ResponseWriter writer, ScanEvents events, JdbcTemplate jdbc) {
        this.scans = scans;
        this.organisations = organisations;
        this.tenants = tenants;
        this.json = json;
        this.writer = writer;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The open scans of the signed-in director's organisation; empty for anyone who is not a director. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenScan> openScans() {
        Long account = directorAccount();
        if (account == null) {
            return List.of();
        }
        return tenants.readScope().organisationIds().stream()
                .flatMap(org -> scans.findByOrganisationIdOrderByCreatedAtDescIdDesc(org).stream())
                .filter(s -> s.getStatus() == ScanStatus.OPEN)
                .map(s -> new OpenScan(s.getId(), s.getName(), s.getClosesOn(), answered(s.getId(), account)))
                .toList();
    }

    /**
     * The form of an open scan of the director's organisation.
     *
     * @throws NotFound  for another organisation's scan
     * @throws UserError {@code scan.respond.closed} when the scan is not open
     */
    @RolesAllowed(Role.DIRECTOR_NAME)
    @Transactional(readOnly = true)
    public Form form(long scanId) {
        Scan scan = openOwnScan(scanId);
        return new Form(scan.getId(), scan.getName(), json.read(scan.getQuestionSet()), answered(scanId, requireDirector()));
    }

    /**
     * Stores the director's intended identity for an open scan of their organisation, in one transaction: the
     * answer as a director's response, and that this account has answered. A second answer (another tab, a double
     * click) is refused with {@code scan.intended.already} and stores nothing.
     *
     * @throws NotFound  for another organisation's scan
     * @throws UserError {@code scan.respond.closed} when the scan is not open; {@code scan.intended.empty} without any
     *                   answer; a text too long; a rating out of range
     */
    @RolesAllowed(Role.DIRECTOR_NAME)
    @Transactional
    public void answer(long scanId, SurveyAnswers answers) {
        long account = requireDirector();
        Scan scan = openOwnScan(scanId);
        if (answered(scanId, account)) {
            throw new UserError("scan.intended.already");
        }
        SurveyAnswers clean = AnswerRules.clean(answers, null);
        if (clean.getTexts().isEmpty() && clean.getRatings().values().stream().allMatch(java.util.Objects::isNull)) {
            throw new UserError("scan.intended.empty");
        }
        Set<Long> departments = new HashSet<>();
        organisations.departments(scan.getOrganisationId()).forEach(d -> departments.add(d.id()));
        Submission submission = Submission.of(json.read(scan.getQuestionSet()), clean, departments, true);
        // the primary key decides between two tabs answering at once: the second insert waits, then fails
        try {
            jdbc.update("insert into director_answered (scan_id, account_id) values (?, ?)", scanId, account);
        } catch (DuplicateKeyException e) {
            throw new UserError("scan.intended.already");
        }
        writer.write(scanId, List.of(submission.response()), submission.texts());
        events.responsesChanged(scanId, scan.getOrganisationId());
    }

    private Scan openOwnScan(long scanId) {
        Scan scan = scans.findById(scanId).orElseThrow(NotFound::new);
        tenants.checkRead(scan.getOrganisationId());
        if (scan.getStatus() != ScanStatus.OPEN) {
            throw new UserError("scan.respond.closed");
        }
        return scan;
    }

    private boolean answered(long scanId, long account) {
        Integer n = jdbc.queryForObject("select count(*) from director_answered where scan_id = ? and account_id = ?",
                Integer.class, scanId, account);
        return n != null && n > 0;
    }

    private static long requireDirector() {
        Long account = directorAccount();
        if (account == null) {
            throw new NotFound();
        }
        return account;
    }

    private static Long directorAccount() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.role() == Role.DIRECTOR) {
            return p.accountId();
        }
        return null;
    }
}
