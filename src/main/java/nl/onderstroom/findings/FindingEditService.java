package nl.onderstroom.findings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing the findings of a scan: creating, editing under a lock, ordering and removing them.
 *
 * <p>Two advisors on one scan: a finding is edited under a lock with a lease of {@link #LOCK_LEASE}
 * ({@link #beginEdit}), and {@link #save} writes only over the revision the editor opened, so nobody overwrites
 * another's work unknowingly (docs/decisions/finding-edits.md).
 *
 * <p>Access ({@link FindingsAccess}): advisors assigned to the organisation and administrators, for scans whose
 * results are shown (closed or published); directors are denied; anyone else finds nothing.
 */
@Service
public class FindingEditService {

    /** How long an edit lock holds without a save or a renewal ({@link #beginEdit} again). */
    public static final Duration LOCK_LEASE = Duration.ofMinutes(15);

    private final FindingRepository findings;
    private final FindingsAccess access;
    private final FindingViews views;
    private final FindingEvidence evidence;
    private final MapService maps;
    private final ScanTallies tallies;
    private final Accounts accounts;
    private final FindingsEvents events;
    private final Clock clock;
    private final AuditLog audit;

    FindingEditService(FindingRepository findings, FindingsAccess access, FindingViews views,
                       FindingEvidence evidence, MapService maps, ScanTallies tallies, Accounts accounts,
                       FindingsEvents events, Clock clock, AuditLog audit) {
        this.findings = findings;
        this.access = access;
        this.views = views;
        this.evidence = evidence;
        this.maps = maps;
        this.tallies = tallies;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /** Writes a new finding, last in the presentation. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public FindingView create(long scanId, FindingDraft draft) {
        ScanTallies.ScanInfo scan = access.writableScan(scanId);
        return add(scan, checked(scan, draft), null);
    }

    /**
     * Writes a new finding, last in the presentation, from content the caller has checked, for a scan the caller
     * may write; {@code suggestionKey} names the suggestion it came from, if any.
     */
    FindingView add(ScanTallies.ScanInfo scan, FindingDraft content, String suggestionKey) {
        int last = findings.findByScanIdOrderBySortOrderAscIdAsc(scan.id()).stream()
                .mapToInt(Finding::getSortOrder).max().orElse(0);
        Finding f = new Finding(scan.id(), scan.organisationId(), last + 1, Accounts.current().orElse(null),
                clock.instant());
        f.change(content.title(), content.narrative(), content.parts(), content.stories(), clock.instant());
        f.setSuggestionKey(suggestionKey);
        findings.saveAndFlush(f);
        logged(AuditLog.Action.FINDING_CREATED, f);
        events.changed(scan.id(), f.getId());
        return views.view(f);
    }

    /**
     * Takes (or renews) the edit lock of a finding for {@link #LOCK_LEASE}. Refused with {@link FindingLocked} while
     * another advisor holds an unexpired lock; of two advisors asking at the same moment exactly one gets it.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public FindingView beginEdit(long findingId) {
        Finding f = access.writable(findingId);
        long me = FindingsAccess.person();
        Instant now = clock.instant();
        if (f.lockedByOther(me, now)) {
            throw new FindingLocked(accounts.name(f.getLockedBy()));
        }
        f.lock(me, now.plus(LOCK_LEASE));
        flushOrLocked(f);
        events.changed(f.getScanId(), f.getId());
        return views.view(f);
    }

    /**
     * Saves a finding's content. Allowed to the holder of the lock, or to anyone while nobody holds it; refused
     * with {@link FindingLocked} while another holds it, and with {@link FindingChangedMeanwhile} when the content
     * was saved since {@code revision} (then nothing is written). Renews the caller's lock.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public FindingView save(long findingId, int revision, FindingDraft draft) {
        Finding f = access.writable(findingId);
        long me = FindingsAccess.person();
        Instant now = clock.instant();
        if (f.lockedByOther(me, now)) {
            throw new FindingLocked(accounts.name(f.getLockedBy()));
        }
        if (f.getRevision() != revision) {
            throw new FindingChangedMeanwhile();
        }
        FindingDraft checked = checked(tallies.scan(f.getScanId()), draft);
        f.change(checked.title(), checked.narrative(), checked.parts(), checked.stories(), now);
        f.lock(me, now.plus(LOCK_LEASE));
        flushOrLocked(f);
        logged(AuditLog.Action.FINDING_CHANGED, f);
        events.changed(f.getScanId(), f.getId());
        return views.view(f);
    }

    /** Gives the edit lock back (nothing happens when the caller does not hold it). */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public void endEdit(long findingId) {
        Finding f = access.writable(findingId);
        Long holder = f.getLockedBy();
        if (holder != null && Accounts.current().filter(holder::equals).isPresent()) {
            f.unlock();
            flushOrLocked(f);
            events.changed(f.getScanId(), f.getId());
        }
    }

    /**
     * Moves a finding {@code delta} places in the presentation (-1 up, +1 down), within bounds. Returns the new order.
     * The order is not part of a finding's content: moving never conflicts with someone editing its text.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public List<FindingView> move(long findingId, int delta) {
        Finding f = access.writable(findingId);
        List<Finding> all = new ArrayList<>(findings.findByScanIdOrderBySortOrderAscIdAsc(f.getScanId()));
        int from = all.indexOf(f);
        int to = Math.max(0, Math.min(all.size() - 1, from + delta));
        if (from >= 0 && to != from) {
            all.add(to, all.remove(from));
        }
        renumber(all);
        findings.flush();
        events.changed(f.getScanId(), null);
        return views.views(all);
    }

    /** Removes a finding with its reactions and actions. Refused while another advisor edits it. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public void delete(long findingId) {
        Finding f = access.writable(findingId);
        if (f.lockedByOther(Accounts.current().orElse(-1L), clock.instant())) {
            throw new FindingLocked(accounts.name(f.getLockedBy()));
        }
        long scanId = f.getScanId();
        logged(AuditLog.Action.FINDING_DELETED, f);
        findings.delete(f);
        findings.flush();
        renumber(new ArrayList<>(findings.findByScanIdOrderBySortOrderAscIdAsc(scanId)));
        events.changed(scanId, null);
    }

    /** The audit entry of a change to a finding: its id and the kind of change, never its words. */
    private void logged(AuditLog.Action action, Finding f) {
        audit.scan(action, f.getOrganisationId(), f.getScanId(), null, Math.toIntExact(f.getId()));
    }

    private void flushOrLocked(Finding f) {
        try {
            findings.saveAndFlush(f);
        } catch (OptimisticLockingFailureException e) {
            // another advisor took the lock or saved in the same moment
            Finding now = findings.findById(f.getId()).orElseThrow(NotFound::new);
            Long holder = now.getLockedBy();
            if (holder != null) {
                throw new FindingLocked(accounts.name(holder));
            }
            throw new FindingChangedMeanwhile();
        }
    }

    private static void renumber(List<Finding> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getSortOrder() != i + 1) {
                ordered.get(i).setSortOrder(i + 1);
            }
        }
    }

    /** Checks and normalises a draft against the scan: names, sizes, parts of this scan, picked stories shown. */
    private FindingDraft checked(ScanTallies.ScanInfo scan, FindingDraft draft) {
        if (draft == null) {
            throw new UserError("findings.error.titleRequired");
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new UserError("findings.error.titleRequired");
        }
        if (title.length() > FindingDraft.MAX_TITLE) {
            throw new UserError("findings.error.titleTooLong", FindingDraft.MAX_TITLE);
        }
        String narrative = draft.narrative() == null ? "" : draft.narrative().strip();
        if (narrative.length() > FindingDraft.MAX_NARRATIVE) {
            throw new UserError("findings.error.narrativeTooLong", FindingDraft.MAX_NARRATIVE);
        }
        List<Part> parts = new ArrayList<>(new LinkedHashSet<>(draft.parts()));
        if (parts.size() > FindingDraft.MAX_PARTS) {
            throw new UserError("findings.error.tooManyParts", FindingDraft.MAX_PARTS);
        }
        OrganisationMap map = maps.map(scan.id());
        Set<String> themes = new HashSet<>(scan.themeKeys() == null ? List.of() : scan.themeKeys());
        for (Part p : parts) {
            boolean known = switch (p.kind()) {
                case DEPARTMENT -> map.node(p.departmentId()).isPresent();
                case CONNECTION -> map.node(p.departmentId()).isPresent() && map.node(p.targetDepartmentId()).isPresent();
                case THEME -> themes.contains(p.key());
                case IDENTITY -> MapService.IDENTITY_KEYS.contains(p.key());
            };
            if (!known) {
                throw new UserError("findings.error.unknownPart");
            }
        }
        List<StoryRef> stories = new ArrayList<>(new LinkedHashSet<>(draft.stories()));
        if (stories.size() > FindingDraft.MAX_STORIES) {
            throw new UserError("findings.error.tooManyStories", FindingDraft.MAX_STORIES);
        }
        if (!stories.isEmpty()) {
            Set<StoryRef> available = evidence.of(scan.id(), parts, List.of(), false).stories().stream()
                    .map(Evidence.StoryChoice::ref).collect(Collectors.toSet());
            if (!available.containsAll(stories)) {
                throw new UserError("findings.error.storyGone");
            }
        }
        return new FindingDraft(title, narrative, parts, stories);
    }
}
