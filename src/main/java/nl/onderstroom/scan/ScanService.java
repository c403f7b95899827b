package nl.onderstroom.scan;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.DepartmentNames;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.AuditLog.Action;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scans as advisors run them: create (a later scan of the same organisation is its next wave), edit while DRAFT,
 * open now or on a date, close by hand or on the close date, publish to the organisation's directors; the question
 * set while DRAFT. Every method checks the caller's tenant access (itself or through {@link ScanAccess}).
 *
 * <p>The other use-case families of a scan have their own services (issue 9): invitation codes and open links
 * {@link InvitationService}, e-mail invitations {@link EmailInvitationService}, live counts {@link LiveCountService},
 * response import {@link ResponseImport}.
 */
@Service
public class ScanService {

    public static final int DEFAULT_THRESHOLD = 5;
    public static final int MIN_THRESHOLD = 3;
    /** Opening and closing dates lie at most this many years ahead. */
    public static final int MAX_YEARS_AHEAD = 5;
    public static final int MAX_THRESHOLD = 50;
    public static final int MAX_NAME = 200;

    /** A scan as its screens show it. */
    public record ScanSummary(long id, long organisationId, String name, ScanStatus status, int threshold, int storyThreshold,
                              LocalDate opensOn, LocalDate closesOn, Long previousScanId, Instant openedAt,
                              Instant closedAt, Instant publishedAt) {
    }

    /** What an advisor edits; {@code storyThreshold} null means k + 2. */
    public record ScanSettings(String name, int threshold, Integer storyThreshold, LocalDate opensOn, LocalDate closesOn) {
    }

    private final ScanRepository scans;
    private final ScanAccess access;
    private final DraftRepository drafts;
    private final EmailInvitationRepository emails;
    private final OrganisationService organisations;
    private final TenantAccess tenants;
    private final QuestionSets json;
    private final ResponseImport imports;
    private final ScanEvents events;
    private final Clock clock;
    private final AuditLog audit;

    ScanService(ScanRepository scans, ScanAccess access, DraftRepository drafts, EmailInvitationRepository emails,
                OrganisationService organisations, TenantAccess tenants, QuestionSets json, ResponseImport imports,
                ScanEvents events, Clock clock, AuditLog audit) {
        this.scans = scans;
        this.access = access;
        this.drafts = drafts;
        this.emails = emails;
        this.organisations = organisations;
        this.tenants = tenants;
        this.json = json;
        this.imports = imports;
        this.events = events;
        this.clock = clock;
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
        return summary(access.readable(scanId));
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
        Scan scan = access.writable(scanId);
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
        return json.read(access.readable(scanId).getQuestionSet());
    }

    /** Replaces the scan's question set; refused once the scan has opened. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public QuestionSet updateQuestionSet(long scanId, QuestionSet questions) {
        Scan scan = access.writable(scanId);
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
        Scan scan = access.writable(scanId);
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
        return summary(doClose(access.writable(scanId)));
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
        Scan scan = access.writable(scanId);
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
     * Imports complete answers into a scan being set up: {@link ResponseImport#importAnswers} does it and checks
     * access itself; this entry lets whoever builds a scan here (the demonstration data, test fixtures) do so through
     * the scan's own service.
     */
    public int importAnswers(long scanId, List<SurveyAnswers> answers, boolean directors) {
        return imports.importAnswers(scanId, answers, directors);
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
