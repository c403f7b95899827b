package nl.onderstroom.scan;

import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.SystemSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous respondent's side: exchange a code or open link for a ticket, keep a draft, submit once.
 *
 * <p>A ticket holds the keyed hash of the code, never the code. Unknown and expired codes get the same answer
 * ({@code scan.entry.unknown}); a used invitation code says that its answers were received ({@value #RECEIVED}) and
 * nothing else (docs/decisions/returning-respondent.md). Submission is one transaction that locks the invitation (or the open-link
 * draft) first, so a double click, a retry or a second tab records exactly one response.
 */
@Service
public class RespondentService {

    /** The longest free-text answer (owned by {@link AnswerRules#MAX_TEXT}). */
    public static final int MAX_TEXT = AnswerRules.MAX_TEXT;
    public static final String UNKNOWN = "scan.entry.unknown";
    /** The answer to a code that was used: the answers were received (nothing more). */
    public static final String RECEIVED = "scan.entry.received";

    /**
     * What a respondent holds during the survey (kept in their server-side session).
     *
     * @param resumeCode only for open links, and only right after entry: shown once so they can come back
     */
    public record Ticket(long scanId, String keyHash, Long departmentId, boolean director, Long openLinkId,
                         String resumeCode) {
        public boolean departmentFixed() {
            return departmentId != null || director;
        }
    }

    /**
     * What the respondent's screens need of the scan.
     *
     * @param privacyContact whom to ask about one's data, as the organisation gave it (null: none given)
     */
    public record SurveyInfo(long scanId, String organisationName, String scanName, int threshold, int storyThreshold,
                             QuestionSet questions, List<DepartmentNode> departments, int textRetentionMonths,
                             String privacyContact) {
    }

    public enum Outcome { SUBMITTED, ALREADY_SUBMITTED }

    private final ScanRepository scans;
    private final InvitationRepository invitations;
    private final OpenLinkRepository openLinks;
    private final DraftRepository drafts;
    private final OrganisationService organisations;
    private final QuestionSets json;
    private final CodeSecret secret;
    private final ResponseWriter writer;
    private final ScanEvents events;
    private final EntryThrottle throttle;
    private final ResponseSources sources;
    private final InvitationCodes codes = new InvitationCodes();

    RespondentService(ScanRepository scans, InvitationRepository invitations, OpenLinkRepository openLinks,
                      DraftRepository drafts, OrganisationService organisations, QuestionSets json, CodeSecret secret,
                      ResponseWriter writer, ScanEvents events, EntryThrottle throttle, ResponseSources sources) {
        this.scans = scans;
        this.invitations = invitations;
        this.openLinks = openLinks;
        this.drafts = drafts;
        this.organisations = organisations;
        this.json = json;
        this.secret = secret;
        this.writer = writer;
        this.events = events;
        this.throttle = throttle;
        this.sources = sources;
    }

    /**
     * Exchanges a typed or linked code, a resume code, or an open-link token for a ticket.
     *
     * @param session a key of the browser session, for the guessing limit
     * @param address the client address, only for the guessing limit (kept in memory, never logged)
     * @throws UserError {@value #RECEIVED} for an invitation code that was used (whatever the scan's state);
     *                   {@value #UNKNOWN} for any other code that does not lead to an open scan;
     *                   {@code scan.entry.tooManyAttempts} when guessing; a format problem of the typed code
     */
    @PermitAll
    @Transactional
    public Ticket enter(String typed, String session, String address) {
        String raw = typed == null ? "" : typed.strip();
        if (InvitationCodes.isOpenLinkToken(raw)) {
            return openLink(raw, session, address);
        }
        InvitationCodes.Normalised normalised = InvitationCodes.normalise(raw);
        if (!normalised.isValid()) {
            throw new UserError(normalised.problemKey(), normalised.problemArgs().toArray());
        }
        String hash = secret.codeHash(normalised.code());
        Optional<Invitation> invitation = invitations.findByCodeHash(hash);
        if (invitation.isPresent()) {
            Invitation i = invitation.get();
            if (i.isUsed()) {
                // not a failed guess: the code exists, and whoever holds it almost surely answered with it
                throw new UserError(RECEIVED);
            }
            if (isOpen(i.getScanId())) {
                requireNoImport(i.getScanId());
                return new Ticket(i.getScanId(), hash, i.getDepartmentId(), i.getKind() == Invitation.Kind.DIRECTOR, null, null);
            }
        } else {
            Optional<Draft> resumable = drafts.findById(hash).filter(d -> d.getOpenLinkId() != null);
            if (resumable.isPresent() && isOpen(resumable.get().getScanId())) {
                Draft d = resumable.get();
                requireNoImport(d.getScanId());
                Long department = openLinks.findById(d.getOpenLinkId()).map(OpenLink::getDepartmentId).orElse(null);
                return new Ticket(d.getScanId(), hash, department, false, d.getOpenLinkId(), null);
            }
        }
        throw refused(session, address);
    }

    /**
     * A code that does not lead in. The code is checked before the throttle, so a valid code is never refused
     * because others behind the same address guessed wrongly; guessing stays hopeless with 59-bit codes.
     */
    private UserError refused(String session, String address) {
        if (!throttle.mayTry(session, address)) {
            return new UserError("scan.entry.tooManyAttempts");
        }
        throttle.failed(session, address);
        return new UserError(UNKNOWN);
    }

    private Ticket openLink(String token, String session, String address) {
        Optional<OpenLink> link = openLinks.findByTokenHash(secret.tokenHash(token))
                .filter(OpenLink::isActive).filter(l -> isOpen(l.getScanId()));
        if (link.isEmpty()) {
            throw refused(session, address);
        }
        OpenLink l = link.get();
        requireNoImport(l.getScanId());
        if (l.isFull()) {
            throw new UserError("scan.entry.full");
        }
        if (!throttle.mayStartOpenLink(address)) {
            throw new UserError("scan.entry.tooManyAttempts");
        }
        String resume = codes.newResumeCode();
        String hash = secret.codeHash(resume);
        SurveyAnswers answers = new SurveyAnswers();
        answers.setDepartmentId(l.getDepartmentId());
        drafts.save(new Draft(hash, l.getScanId(), l.getId(), json.write(answers)));
        return new Ticket(l.getScanId(), hash, l.getDepartmentId(), false, l.getId(), resume);
    }

    /** The scan's questions and departments, for a ticket holder. */
    @PermitAll
    @Transactional(readOnly = true)
    public SurveyInfo survey(Ticket ticket) {
        Scan scan = openScan(ticket);
        return SystemSession.call(() -> new SurveyInfo(scan.getId(),
                organisations.organisation(scan.getOrganisationId()).name(), scan.getName(), scan.getThreshold(),
                scan.getStoryThreshold(), json.read(scan.getQuestionSet()), organisations.departments(scan.getOrganisationId()),
                organisations.retentionMonths(scan.getOrganisationId()),
                organisations.privacyContact(scan.getOrganisationId()).orElse(null)));
    }

    /** The saved draft, or fresh answers (with the invitation's department). */
    @PermitAll
    @Transactional(readOnly = true)
    public SurveyAnswers draft(Ticket ticket) {
        openScan(ticket);
        SurveyAnswers answers = drafts.findById(ticket.keyHash()).map(d -> json.answers(d.getContent()))
                .orElseGet(SurveyAnswers::new);
        if (ticket.departmentId() != null) {
            answers.setDepartmentId(ticket.departmentId());
        }
        return answers;
    }

    /**
     * Saves the answers so far (every step does). Texts are cleaned; too long ones are refused.
     *
     * @return the answers as stored (cleaned)
     */
    @PermitAll
    @Transactional
    public SurveyAnswers saveDraft(Ticket ticket, SurveyAnswers answers) {
        Scan scan = openScan(ticket);
        requireUsable(ticket);
        SurveyAnswers clean = AnswerRules.clean(answers, ticket.departmentId());
        String content = json.write(clean);
        Optional<Draft> existing = drafts.findById(ticket.keyHash());
        if (existing.isPresent()) {
            existing.get().setContent(content);
        } else if (ticket.openLinkId() == null) {
            drafts.save(new Draft(ticket.keyHash(), scan.getId(), null, content));
        } else {
            throw new UserError(RECEIVED);
        }
        return clean;
    }

    /**
     * Records the answers as one response, spends the code and deletes the draft, in one transaction. A second
     * call with the same ticket records nothing and says {@link Outcome#ALREADY_SUBMITTED}.
     */
    @PermitAll
    @Transactional
    public Outcome submit(Ticket ticket, SurveyAnswers answers) {
        if (ticket.openLinkId() == null) {
            Optional<Invitation> locked = invitations.lockByCodeHash(ticket.keyHash());
            if (locked.isEmpty() || locked.get().getScanId() != ticket.scanId()) {
                throw new UserError(UNKNOWN);
            }
            if (locked.get().isUsed()) {
                return Outcome.ALREADY_SUBMITTED;
            }
            Scan scan = openScanForSubmit(ticket);
            store(scan, ticket, answers);
            locked.get().markUsed();
        } else {
            Optional<Draft> draft = drafts.lock(ticket.keyHash());
            if (draft.isEmpty()) {
                return Outcome.ALREADY_SUBMITTED;
            }
            Scan scan = openScanForSubmit(ticket);
            OpenLink link = openLinks.lock(ticket.openLinkId()).orElseThrow(() -> new UserError(UNKNOWN));
            if (link.isFull()) {
                throw new UserError("scan.entry.full");
            }
            store(scan, ticket, answers);
            link.countResponse();
        }
        drafts.findById(ticket.keyHash()).ifPresent(drafts::delete);
        return Outcome.SUBMITTED;
    }

    private void store(Scan scan, Ticket ticket, SurveyAnswers raw) {
        QuestionSet questions = json.read(scan.getQuestionSet());
        SurveyAnswers a = AnswerRules.clean(raw, ticket.departmentId());
        Set<Long> departments = new HashSet<>();
        SystemSession.run(() -> organisations.departments(scan.getOrganisationId()).forEach(d -> departments.add(d.id())));
        Submission submission = Submission.of(questions, a, departments, ticket.director());
        writer.write(scan.getId(), List.of(submission.response()), submission.texts());
        events.responsesChanged(scan.getId(), scan.getOrganisationId());
    }

    private Scan openScan(Ticket ticket) {
        Scan scan = scans.findById(ticket.scanId()).orElseThrow(() -> new UserError(UNKNOWN));
        if (scan.getStatus() != ScanStatus.OPEN) {
            throw new UserError("scan.respond.closed");
        }
        return scan;
    }

    /**
     * The open scan, share-locked so that an import (which locks it exclusively) cannot slip in between this check
     * and the commit; refused when the scan holds imported responses.
     */
    private Scan openScanForSubmit(Ticket ticket) {
        Scan scan = scans.findForShare(ticket.scanId()).orElseThrow(() -> new UserError(UNKNOWN));
        if (scan.getStatus() != ScanStatus.OPEN) {
            throw new UserError("scan.respond.closed");
        }
        requireNoImport(scan.getId());
        return scan;
    }

    /** A scan whose answers were imported takes none online: imported answers could pad a real respondent's group. */
    private void requireNoImport(long scanId) {
        if (sources.imported(scanId) > 0) {
            throw new UserError("scan.entry.imported");
        }
    }

    private void requireUsable(Ticket ticket) {
        if (ticket.openLinkId() == null) {
            Invitation i = invitations.findByCodeHash(ticket.keyHash()).orElseThrow(() -> new UserError(UNKNOWN));
            if (i.isUsed()) {
                throw new UserError(RECEIVED);
            }
        }
    }

    private boolean isOpen(long scanId) {
        return scans.findById(scanId).map(s -> s.getStatus() == ScanStatus.OPEN).orElse(false);
    }
}
