package nl.onderstroom.scan;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.DepartmentNames;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.AuditLog.Action;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scans as advisors run them: create (a later scan of the same organisation is its next wave), edit while DRAFT,
 * open now or on a date, close by hand or on the close date, publish to the organisation's directors; invitation
 * codes, open links; live response counts; response import. Every method checks the caller's tenant access.
 */
@Service
public class ScanService {

    public static final int DEFAULT_THRESHOLD = 5;
    public static final int MIN_THRESHOLD = 3;
    /** Opening and closing dates lie at most this many years ahead. */
    public static final int MAX_YEARS_AHEAD = 5;
    public static final int MAX_THRESHOLD = 50;
    public static final int MAX_CODES = 1_000;
    public static final int MAX_NAME = 200;
    public static final int MAX_OPEN_LINK_CAP = 10_000;

    /** A scan as its screens show it. */
    public record ScanSummary(long id, long organisationId, String name, ScanStatus status, int threshold, int storyThreshold,
                              LocalDate opensOn, LocalDate closesOn, Long previousScanId, Instant openedAt,
                              Instant closedAt, Instant publishedAt) {
    }

    /** What an advisor edits; {@code storyThreshold} null means k + 2. */
    public record ScanSettings(String name, int threshold, Integer storyThreshold, LocalDate opensOn, LocalDate closesOn) {
    }

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

    public record ImportOutcome(int respondents, int connections, List<ResponseCsv.Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ScanRepository scans;
    private final InvitationRepository invitations;
    private final OpenLinkRepository openLinks;
    private final DraftRepository drafts;
    private final EmailInvitationRepository emails;
    private final OrganisationService organisations;
    private final TenantAccess tenants;
    private final QuestionSets json;
    private final CodeSecret secret;
    private final ResponseImport imports;
    private final ScanEvents events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ResponseSources sources;
    private final AuditLog audit;
    private final InvitationCodes codes = new InvitationCodes();

    ScanService(ScanRepository scans, InvitationRepository invitations, OpenLinkRepository openLinks,
                DraftRepository drafts, EmailInvitationRepository emails, OrganisationService organisations,
                TenantAccess tenants, QuestionSets json, CodeSecret secret, ResponseImport imports, ScanEvents events,
                JdbcTemplate jdbc, Clock clock, ResponseSources sources, AuditLog audit) {
        this.scans = scans;
        this.invitations = invitations;
        this.openLinks = openLinks;
        this.drafts = drafts;
        this.emails = emails;
        this.organisations = organisations;
        this.tenants = tenants;
        this.json = json;
        this.secret = secret;
        this.imports = imports;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sources = sources;
        this.audit = audit;
    }

    /** The scans of an organisation, newest first. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<ScanSummary> scans(long organisationId) {
        tenants.checkRead(organisationId);
        return scans.findByOrganisationIdOrderByCreatedAtDescIdDesc(organisationId).stream().map(ScanService::summary).toList();
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public ScanSummary scan(long scanId) {
        return summary(readable(scanId));
    }

    /**
     * Creates a DRAFT scan with threshold 5 and story threshold 7. When the organisation has scans already, the new
     * one is their next wave: it refers to the latest and starts from a copy of its questions; otherwise it starts
     * from the default question set.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ScanSummary create(long organisationId, String name) {
        tenants.checkWrite(organisationId);
        String clean = name(name);
        List<Scan> earlier = scans.findByOrganisationIdOrderByCreatedAtDescIdDesc(organisationId);
        Scan previous = earlier.isEmpty() ? null : earlier.get(0);
        String questions = previous == null ? json.write(QuestionSet.defaults()) : previous.getQuestionSet();
        Scan scan = scans.save(new Scan(organisationId, clean, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD + 2,
                previous == null ? null : previous.getId(), questions, clock.instant()));
        audit.scan(Action.SCAN_CREATED, organisationId, scan.getId(), null, null);
        return summary(scan);
    }

    /**
     * Changes name, thresholds and dates. Thresholds and the opening date only while DRAFT; the closing date while
     * DRAFT or OPEN; nothing once closed.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ScanSummary update(long scanId, ScanSettings settings) {
        Scan scan = writable(scanId);
        if (scan.getStatus() == ScanStatus.CLOSED || scan.getStatus() == ScanStatus.PUBLISHED) {
            throw new UserError("scan.error.closed");
        }
        scan.setName(name(settings.name()));
        int k = settings.threshold();
        int story = settings.storyThreshold() == null ? k + 2 : settings.storyThreshold();
        // a year such as +999999999 was stored and read back corrupted: no date beyond a sane horizon
        LocalDate horizon = LocalDate.now(clock).plusYears(MAX_YEARS_AHEAD);
        for (LocalDate date : new LocalDate[] {settings.opensOn(), settings.closesOn()}) {
            if (date != null && date.isAfter(horizon)) {
                throw new UserError("scan.error.dateTooFar", MAX_YEARS_AHEAD);
            }
        }
        if (scan.getStatus() == ScanStatus.DRAFT) {
            if (k < MIN_THRESHOLD || k > MAX_THRESHOLD) {
                throw new UserError("scan.error.threshold", MIN_THRESHOLD, MAX_THRESHOLD);
            }
            if (story < k || story > MAX_THRESHOLD) {
                throw new UserError("scan.error.storyThreshold");
            }
            scan.setThreshold(k);
            scan.setStoryThreshold(story);
            scan.setOpensOn(settings.opensOn());
        } else if (k != scan.getThreshold() || story != scan.getStoryThreshold()
                || !Objects.equals(settings.opensOn(), scan.getOpensOn())) {
            throw new UserError("scan.error.frozen");
        }
        LocalDate today = LocalDate.now(clock);
        if (settings.closesOn() != null) {
            if (settings.closesOn().isBefore(today) && !settings.closesOn().equals(scan.getClosesOn())) {
                throw new UserError("scan.error.closesInPast");
            }
            if (scan.getOpensOn() != null && settings.closesOn().isBefore(scan.getOpensOn())) {
                throw new UserError("scan.error.closesBeforeOpens");
            }
        }
        if (scan.getStatus() == ScanStatus.DRAFT && settings.opensOn() != null && settings.opensOn().isBefore(today)) {
            throw new UserError("scan.error.opensInPast");
        }
        scan.setClosesOn(settings.closesOn());
        return summary(scan);
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public QuestionSet questionSet(long scanId) {
        return json.read(readable(scanId).getQuestionSet());
    }

    /** Replaces the scan's question set; refused once the scan has opened. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public QuestionSet updateQuestionSet(long scanId, QuestionSet questions) {
        Scan scan = writable(scanId);
        if (scan.getStatus() != ScanStatus.DRAFT) {
            throw new UserError("scan.error.frozen");
        }
        questions.validate();
        scan.setQuestionSet(json.write(questions));
        return questions;
    }

    /** Opens a DRAFT scan now: from here on codes work and questions are frozen. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ScanSummary open(long scanId) {
        Scan scan = writable(scanId);
        return summary(doOpen(scan));
    }

    private Scan doOpen(Scan scan) {
        if (scan.getStatus() != ScanStatus.DRAFT) {
            throw new UserError("scan.error.notDraft");
        }
        if (organisations.departments(scan.getOrganisationId()).isEmpty()) {
            throw new UserError("scan.error.noDepartments");
        }
        scan.setStatus(ScanStatus.OPEN);
        scan.setOpenedAt(clock.instant());
        if (scan.getOpensOn() == null || scan.getOpensOn().isAfter(LocalDate.now(clock))) {
            scan.setOpensOn(LocalDate.now(clock));
        }
        events.responsesChanged(scan.getId(), scan.getOrganisationId());
        audit.scan(Action.SCAN_OPENED, scan.getOrganisationId(), scan.getId(), null, null);
        return scan;
    }

    /**
     * Closes an OPEN scan: no more answers; unfinished drafts and every e-mail address of the scan are deleted.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ScanSummary close(long scanId) {
        return summary(doClose(writable(scanId)));
    }

    private Scan doClose(Scan scan) {
        if (scan.getStatus() != ScanStatus.OPEN) {
            throw new UserError("scan.error.notOpen");
        }
        scan.setStatus(ScanStatus.CLOSED);
        scan.setClosedAt(clock.instant());
        if (scan.getClosesOn() == null || scan.getClosesOn().isAfter(LocalDate.now(clock))) {
            scan.setClosesOn(LocalDate.now(clock));
        }
        drafts.deleteByScan(scan.getId());
        emails.deleteByScan(scan.getId());
        events.responsesChanged(scan.getId(), scan.getOrganisationId());
        audit.scan(Action.SCAN_CLOSED, scan.getOrganisationId(), scan.getId(), null, null);
        return scan;
    }

    /** Publishes a CLOSED scan: the organisation's directors see its results from now on. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ScanSummary publish(long scanId) {
        Scan scan = writable(scanId);
        if (scan.getStatus() != ScanStatus.CLOSED) {
            throw new UserError("scan.error.notClosed");
        }
        scan.setStatus(ScanStatus.PUBLISHED);
        scan.setPublishedAt(clock.instant());
        events.responsesChanged(scan.getId(), scan.getOrganisationId());
        audit.scan(Action.SCAN_PUBLISHED, scan.getOrganisationId(), scan.getId(), null, null);
        return summary(scan);
    }

    /** The scheduler's work: opens DRAFT scans whose opening date has come, closes OPEN ones whose date has passed. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public int openAndCloseDue() {
        LocalDate today = LocalDate.now(clock);
        int changed = 0;
        for (Scan scan : scans.dueToOpen(today)) {
            doOpen(scan);
            changed++;
        }
        for (Scan scan : scans.dueToClose(today)) {
            doClose(scan);
            changed++;
        }
        return changed;
    }

    /**
     * Makes {@code count} one-time codes for a department (or, with {@code departmentId} null and {@code director}
     * true, for the directors' intended identity). The codes are returned this once; only their keyed hashes are
     * stored. Refused once the scan has closed or holds imported answers; the count goes to the audit log.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public IssuedCodes issueCodes(long scanId, Long departmentId, int count, boolean director) {
        Scan scan = writable(scanId);
        requireNotClosed(scan);
        requireNoImport(scan);
        if (count < 1 || count > MAX_CODES) {
            throw new UserError("scan.error.codeCount", MAX_CODES);
        }
        String departmentName = director ? null : departmentName(scan, requireDepartment(departmentId));
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
        Scan scan = writable(scanId);
        requireNotClosed(scan);
        requireNoImport(scan);
        if (cap < 1 || cap > MAX_OPEN_LINK_CAP) {
            throw new UserError("scan.error.openLinkCap", MAX_OPEN_LINK_CAP);
        }
        String name = departmentId == null ? null : departmentName(scan, departmentId);
        String token = codes.newOpenLinkToken();
        OpenLink link = openLinks.save(new OpenLink(scanId, departmentId, secret.tokenHash(token), cap));
        audit.scan(Action.OPEN_LINK_CREATED, scan.getOrganisationId(), scanId, departmentId, cap);
        return new IssuedOpenLink(new OpenLinkSummary(link.getId(), departmentId, name, cap, null, true), token);
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<OpenLinkSummary> openLinks(long scanId) {
        Scan scan = writable(scanId);
        Map<Long, String> names = departmentNames(scan);
        return openLinks.findByScanIdOrderById(scanId).stream().map(l -> new OpenLinkSummary(l.getId(), l.getDepartmentId(),
                l.getDepartmentId() == null ? null : names.get(l.getDepartmentId()), l.getResponseCap(),
                l.getResponseCount() >= scan.getThreshold() ? l.getResponseCount() : null, l.isActive())).toList();
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public void deactivateOpenLink(long scanId, long openLinkId) {
        writable(scanId);
        OpenLink link = openLinks.findById(openLinkId).filter(l -> l.getScanId() == scanId).orElseThrow(NotFound::new);
        link.deactivate();
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
        Scan scan = readable(scanId);
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

    /** Imports responses from CSV: see {@link ResponseImport#importResponses}; kept here for existing callers. */
    public ImportOutcome importResponses(long scanId, byte[] csv) {
        return imports.importResponses(scanId, csv);
    }

    /** Imports complete answers: see {@link ResponseImport#importAnswers}; kept here for existing callers. */
    public int importAnswers(long scanId, List<SurveyAnswers> answers, boolean directors) {
        return imports.importAnswers(scanId, answers, directors);
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

    Scan readable(long scanId) {
        Scan scan = scans.findById(scanId).orElseThrow(NotFound::new);
        tenants.checkRead(scan.getOrganisationId());
        return scan;
    }

    Scan writable(long scanId) {
        Scan scan = scans.findById(scanId).orElseThrow(NotFound::new);
        tenants.checkWrite(scan.getOrganisationId());
        return scan;
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

    String departmentName(Scan scan, long departmentId) {
        String name = departmentNames(scan).get(departmentId);
        if (name == null) {
            throw new NotFound();
        }
        return name;
    }

    Map<Long, String> departmentNames(Scan scan) {
        Map<Long, String> names = new HashMap<>();
        organisations.departments(scan.getOrganisationId()).forEach(d -> names.put(d.id(), d.name()));
        return names;
    }

    private static String name(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new UserError("scan.error.name", MAX_NAME);
        }
        if (DepartmentNames.hasInvisibleCharacter(clean)) {
            throw new UserError("scan.error.nameInvisible");
        }
        return clean;
    }

    static ScanSummary summary(Scan s) {
        return new ScanSummary(s.getId(), s.getOrganisationId(), s.getName(), s.getStatus(), s.getThreshold(),
                s.getStoryThreshold(), s.getOpensOn(), s.getClosesOn(), s.getPreviousScanId(), s.getOpenedAt(),
                s.getClosedAt(), s.getPublishedAt());
    }
}
