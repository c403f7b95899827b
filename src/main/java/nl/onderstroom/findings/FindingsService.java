package nl.onderstroom.findings;

import nl.onderstroom.scan.ScanStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ResultsNotYet;
import nl.onderstroom.map.Story;
import nl.onderstroom.map.WaveComparison;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings of a scan, their suggestions, evidence, edit locks and reactions.
 *
 * <p>Access: findings exist only for scans whose results are shown (closed or published; an open scan answers
 * {@link ResultsNotYet} to its advisors). Advisors assigned to the organisation and administrators read and write;
 * directors of the organisation read the findings of published scans and react to them; anyone else, and directors
 * for an unpublished scan, finds nothing ({@link NotFound}). Directors calling a writing method are denied.
 *
 * <p>Two advisors on one scan: a finding is edited under a lock with a lease of {@link #LOCK_LEASE}
 * ({@link #beginEdit}), and {@link #save} writes only over the revision the editor opened, so nobody overwrites
 * another's work unknowingly (docs/decisions/finding-edits.md).
 */
@Service
public class FindingsService {

    /** How long an edit lock holds without a save or a renewal ({@link #beginEdit} again). */
    public static final Duration LOCK_LEASE = Duration.ofMinutes(15);

    /** The longest question or remark on a finding. */
    public static final int MAX_REACTION = 1000;

    private final FindingRepository findings;
    private final FindingReactionRepository reactions;
    private final MapService maps;
    private final ScanTallies tallies;
    private final TenantAccess tenants;
    private final Accounts accounts;
    private final FindingsEvents events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;

    FindingsService(FindingRepository findings, FindingReactionRepository reactions, MapService maps,
                    ScanTallies tallies, TenantAccess tenants, Accounts accounts, FindingsEvents events,
                    JdbcTemplate jdbc, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.findings = findings;
        this.reactions = reactions;
        this.maps = maps;
        this.tallies = tallies;
        this.tenants = tenants;
        this.accounts = accounts;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** The findings of a scan in presentation order. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<FindingView> findings(long scanId) {
        readableScan(scanId);
        return views(findings.findByScanIdOrderBySortOrderAscIdAsc(scanId));
    }

    /** One finding. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public FindingView finding(long findingId) {
        Finding f = readable(findingId);
        return view(f, position(f), accounts.names(lockHolders(List.of(f))));
    }

    /**
     * The evidence of a finding: the figures of its parts as the map shows them, and the stories of its departments
     * and connections (for advisors every story to pick from, for directors only the picked ones).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public Evidence evidence(long findingId) {
        Finding f = readable(findingId);
        boolean director = tenants.currentRole().filter(r -> r == Role.DIRECTOR).isPresent();
        return evidenceOf(f.getScanId(), f.parts(), f.stories(), director);
    }

    /**
     * The evidence that parts would bring, for the editor before it saves: as {@link #evidence}, with
     * {@code picked} stories marked.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional(readOnly = true)
    public Evidence evidenceFor(long scanId, List<Part> parts, List<StoryRef> picked) {
        writableScan(scanId);
        return evidenceOf(scanId, parts, picked == null ? List.of() : picked, false);
    }

    // ---- suggestions -------------------------------------------------------------------------------------------

    /**
     * The suggested findings of a closed or published scan in the reader's language, without the dismissed ones and
     * those already accepted. Built only from the map, the identity comparison and the wave comparison after the
     * anonymity rules ({@link SuggestionRules}).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional(readOnly = true)
    public List<SuggestedFinding> suggestions(long scanId, Locale locale) {
        writableScan(scanId);
        Set<String> gone = new HashSet<>(dismissedKeys(scanId));
        findings.findByScanIdOrderBySortOrderAscIdAsc(scanId).stream().map(Finding::getSuggestionKey)
                .filter(Objects::nonNull).forEach(gone::add);
        return rules(scanId).stream().filter(s -> !gone.contains(s.key()))
                .map(s -> localized(s, locale)).toList();
    }

    /**
     * Accepts a suggestion: it becomes the last finding of the scan, titled and narrated in the reader's language,
     * with the suggestion's parts. Refused when the suggestion no longer applies.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public FindingView accept(long scanId, String suggestionKey, Locale locale) {
        ScanTallies.ScanInfo scan = writableScan(scanId);
        Suggestion suggestion = rules(scanId).stream().filter(s -> s.key().equals(suggestionKey)).findFirst()
                .orElseThrow(() -> new UserError("findings.error.suggestionGone"));
        boolean taken = findings.findByScanIdOrderBySortOrderAscIdAsc(scanId).stream()
                .anyMatch(f -> suggestionKey.equals(f.getSuggestionKey()));
        if (taken) {
            throw new UserError("findings.error.suggestionTaken");
        }
        Finding f = newFinding(scan);
        f.change(clip(suggestion.title(locale), FindingDraft.MAX_TITLE), suggestion.text(locale), suggestion.parts(),
                List.of(), clock.instant());
        f.setSuggestionKey(suggestionKey);
        findings.saveAndFlush(f);
        jdbc.update("delete from finding_dismissal where scan_id = ? and suggestion_key = ?", scanId, suggestionKey);
        logged(AuditLog.Action.FINDING_CREATED, f);
        events.changed(scanId, f.getId());
        return finding(f);
    }

    /** Dismisses a suggestion for this scan; it is not suggested again. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public void dismiss(long scanId, String suggestionKey) {
        writableScan(scanId);
        if (suggestionKey == null || suggestionKey.isBlank() || suggestionKey.length() > 200) {
            throw new UserError("findings.error.suggestionGone");
        }
        if (dismissedKeys(scanId).contains(suggestionKey)) {
            return;
        }
        jdbc.update("insert into finding_dismissal (scan_id, suggestion_key, dismissed_by, dismissed_at)"
                + " values (?, ?, ?, ?)", scanId, suggestionKey, Accounts.current().orElse(null),
                java.sql.Timestamp.from(clock.instant()));
        events.changed(scanId, null);
    }

    /** Brings the dismissed suggestions of a scan back. Returns how many. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public int restoreDismissed(long scanId) {
        writableScan(scanId);
        int n = jdbc.update("delete from finding_dismissal where scan_id = ?", scanId);
        events.changed(scanId, null);
        return n;
    }

    // ---- writing -----------------------------------------------------------------------------------------------

    /** Writes a new finding, last in the presentation. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public FindingView create(long scanId, FindingDraft draft) {
        ScanTallies.ScanInfo scan = writableScan(scanId);
        FindingDraft checked = checked(scan, draft);
        Finding f = newFinding(scan);
        f.change(checked.title(), checked.narrative(), checked.parts(), checked.stories(), clock.instant());
        findings.saveAndFlush(f);
        logged(AuditLog.Action.FINDING_CREATED, f);
        events.changed(scanId, f.getId());
        return finding(f);
    }

    /**
     * Takes (or renews) the edit lock of a finding for {@link #LOCK_LEASE}. Refused with {@link FindingLocked} while
     * another advisor holds an unexpired lock; of two advisors asking at the same moment exactly one gets it.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public FindingView beginEdit(long findingId) {
        Finding f = writable(findingId);
        long me = person();
        Instant now = clock.instant();
        if (f.lockedByOther(me, now)) {
            throw new FindingLocked(accounts.name(f.getLockedBy()));
        }
        f.lock(me, now.plus(LOCK_LEASE));
        flushOrLocked(f);
        events.changed(f.getScanId(), f.getId());
        return finding(f);
    }

    /**
     * Saves a finding's content. Allowed to the holder of the lock, or to anyone while nobody holds it; refused
     * with {@link FindingLocked} while another holds it, and with {@link FindingChangedMeanwhile} when the content
     * was saved since {@code revision} (then nothing is written). Renews the caller's lock.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public FindingView save(long findingId, int revision, FindingDraft draft) {
        Finding f = writable(findingId);
        long me = person();
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
        return finding(f);
    }

    /** Gives the edit lock back (nothing happens when the caller does not hold it). */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public void endEdit(long findingId) {
        Finding f = writable(findingId);
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
        Finding f = writable(findingId);
        List<Finding> all = new ArrayList<>(findings.findByScanIdOrderBySortOrderAscIdAsc(f.getScanId()));
        int from = all.indexOf(f);
        int to = Math.max(0, Math.min(all.size() - 1, from + delta));
        if (from >= 0 && to != from) {
            all.add(to, all.remove(from));
        }
        renumber(all);
        findings.flush();
        events.changed(f.getScanId(), null);
        return views(all);
    }

    /** Removes a finding with its reactions and actions. Refused while another advisor edits it. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public void delete(long findingId) {
        Finding f = writable(findingId);
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

    // ---- reactions ---------------------------------------------------------------------------------------------

    /** The reactions to a finding, oldest first. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<ReactionView> reactions(long findingId) {
        readable(findingId);
        List<FindingReaction> list = reactions.findByFindingIdOrderByCreatedAtAscIdAsc(findingId);
        Map<Long, String> names = accounts.names(list.stream().map(FindingReaction::getAuthorId).toList());
        return list.stream().map(r -> reactionView(r, names)).toList();
    }

    /**
     * Reacts to a finding: agree, doubt, or a question (a question needs text; text at most {@link #MAX_REACTION}).
     * Directors of the organisation (published scans) and its advisors.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional
    public ReactionView react(long findingId, ReactionKind kind, String text) {
        Finding f = readable(findingId);
        long me = person();
        String body = text == null || text.isBlank() ? null : text.strip();
        if (kind == null || kind == ReactionKind.QUESTION && body == null) {
            throw new UserError("findings.error.questionEmpty");
        }
        if (body != null && body.length() > MAX_REACTION) {
            throw new UserError("findings.error.reactionTooLong", MAX_REACTION);
        }
        FindingReaction r = reactions.saveAndFlush(new FindingReaction(f.getId(), me, kind, body, clock.instant()));
        events.changed(f.getScanId(), f.getId());
        return reactionView(r, accounts.names(List.of(me)));
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    /** The scan, if the caller may read its findings: results shown, directors only when published. */
    /**
     * The earlier wave of a scan and both computed maps, for {@link ActionsService#waveChanges}; {@code null} when
     * there is none or the reader may not see its results (a director before it was published).
     */
    WavePair wavePair(long scanId) {
        ScanTallies.ScanInfo scan = readableScan(scanId);
        if (scan.previousScanId() == null) {
            return null;
        }
        // only an earlier wave whose results this reader may see (asked first, so nothing is thrown and rolled back)
        long earlier = scan.previousScanId();
        if (maps.earlierScans(scanId).stream().noneMatch(e -> e.id() == earlier)) {
            return null;
        }
        return new WavePair(earlier, maps.map(earlier), maps.map(scanId));
    }

    record WavePair(long earlierScanId, OrganisationMap earlier, OrganisationMap later) {
    }

    ScanTallies.ScanInfo readableScan(long scanId) {
        ScanTallies.ScanInfo scan = tallies.scan(scanId); // NotFound outside the caller's reach
        tenants.checkRead(scan.organisationId());
        boolean director = tenants.currentRole().filter(r -> r == Role.DIRECTOR).isPresent();
        if (director && scan.status() != ScanStatus.PUBLISHED) {
            throw new NotFound();
        }
        if (!MapService.resultsShown(scan)) {
            maps.map(scanId); // the results' own answer: ResultsNotYet, "results once the scan closes"
            throw new NotFound();
        }
        return scan;
    }

    ScanTallies.ScanInfo writableScan(long scanId) {
        ScanTallies.ScanInfo scan = readableScan(scanId);
        tenants.checkWrite(scan.organisationId());
        return scan;
    }

    Finding readable(long findingId) {
        Finding f = findings.findById(findingId).orElseThrow(NotFound::new);
        readableScan(f.getScanId());
        return f;
    }

    /** The audit entry of a change to a finding: its id and the kind of change, never its words. */
    private void logged(AuditLog.Action action, Finding f) {
        audit.scan(action, f.getOrganisationId(), f.getScanId(), null, Math.toIntExact(f.getId()));
    }

    private Finding writable(long findingId) {
        Finding f = findings.findById(findingId).orElseThrow(NotFound::new);
        writableScan(f.getScanId());
        return f;
    }

    private static long person() {
        return Accounts.current().orElseThrow(() -> new AccessDeniedException("a person's account is needed"));
    }

    private Finding newFinding(ScanTallies.ScanInfo scan) {
        int last = findings.findByScanIdOrderBySortOrderAscIdAsc(scan.id()).stream()
                .mapToInt(Finding::getSortOrder).max().orElse(0);
        return new Finding(scan.id(), scan.organisationId(), last + 1, Accounts.current().orElse(null),
                clock.instant());
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

    private void renumber(List<Finding> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getSortOrder() != i + 1) {
                ordered.get(i).setSortOrder(i + 1);
            }
        }
    }

    private List<String> dismissedKeys(long scanId) {
        return jdbc.queryForList("select suggestion_key from finding_dismissal where scan_id = ?", String.class, scanId);
    }

    private List<Suggestion> rules(long scanId) {
        OrganisationMap map = maps.map(scanId);
        IdentityComparison identity = maps.identity(scanId);
        WaveComparison wave = null;
        ScanTallies.ScanInfo scan = tallies.scan(scanId);
        List<ScanTallies.ScanInfo> earlier = maps.earlierScans(scanId);
        ScanTallies.ScanInfo previous = earlier.stream()
                .filter(e -> scan.previousScanId() != null && e.id() == scan.previousScanId()).findFirst()
                .orElse(earlier.isEmpty() ? null : earlier.get(0));
        if (previous != null) {
            wave = maps.compare(scanId, previous.id());
        }
        return SuggestionRules.suggest(map, identity, wave);
    }

    private static SuggestedFinding localized(Suggestion s, Locale locale) {
        return new SuggestedFinding(s.key(), s.kind(), s.title(locale), s.text(locale), s.parts(), s.departments(),
                s.connections());
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
            Set<StoryRef> available = evidenceOf(scan.id(), parts, List.of(), false).stories().stream()
                    .map(Evidence.StoryChoice::ref).collect(Collectors.toSet());
            if (!available.containsAll(stories)) {
                throw new UserError("findings.error.storyGone");
            }
        }
        return new FindingDraft(title, narrative, parts, stories);
    }

    private Evidence evidenceOf(long scanId, List<Part> parts, List<StoryRef> picked, boolean pickedOnly) {
        OrganisationMap map = maps.map(scanId);
        List<Evidence.DepartmentFigures> departments = new ArrayList<>();
        List<Evidence.ConnectionFigures> connections = new ArrayList<>();
        List<Evidence.ThemeFigures> themes = new ArrayList<>();
        List<IdentityComparison.Row> identity = new ArrayList<>();
        List<Evidence.StoryChoice> stories = new ArrayList<>();
        Set<StoryRef> pickedSet = new HashSet<>(picked);
        IdentityComparison identityComparison = null;
        for (Part p : parts) {
            switch (p.kind()) {
                case DEPARTMENT -> {
                    MapNode node = map.node(p.departmentId()).orElse(null);
                    if (node == null) {
                        continue;
                    }
                    departments.add(new Evidence.DepartmentFigures(node.id(), node.name(), node.figures()));
                    addStories(stories, pickedSet, new StoryKey(node.id(), null),
                            maps.departmentStories(scanId, node.id()));
                }
                case CONNECTION -> {
                    long from = p.departmentId();
                    long to = p.targetDepartmentId();
                    if (map.node(from).isEmpty() || map.node(to).isEmpty()) {
                        continue;
                    }
                    connections.add(new Evidence.ConnectionFigures(from, to, name(map, from), name(map, to),
                            map.edge(from, to).map(e -> e.figures()).orElse(null)));
                    addStories(stories, pickedSet, new StoryKey(from, to), maps.connectionStories(scanId, from, to));
                }
                case THEME -> {
                    String key = p.key();
                    List<Evidence.DepartmentMean> means = map.nodes().stream()
                            .filter(n -> n.figures() != null && n.figures().themeMeans().get(key) != null)
                            .map(n -> new Evidence.DepartmentMean(n.id(), n.name(), n.figures().themeMeans().get(key)))
                            .sorted(Comparator.comparingDouble((Evidence.DepartmentMean m) -> -m.mean())
                                    .thenComparingLong(Evidence.DepartmentMean::departmentId))
                            .toList();
                    themes.add(new Evidence.ThemeFigures(key, map.metrics().organisationThemeMeans().get(key), means));
                }
                case IDENTITY -> {
                    if (identityComparison == null) {
                        identityComparison = maps.identity(scanId);
                    }
                    identityComparison.rows().stream().filter(r -> r.key().equals(p.key())).findFirst()
                            .ifPresent(identity::add);
                }
            }
        }
        if (pickedOnly) {
            // in the finding's order, only those still shown
            List<Evidence.StoryChoice> ordered = new ArrayList<>();
            for (StoryRef ref : picked) {
                stories.stream().filter(s -> s.ref().equals(ref)).findFirst().ifPresent(ordered::add);
            }
            stories = ordered;
        }
        return new Evidence(departments, connections, themes, identity, stories);
    }

    private record StoryKey(long departmentId, Long targetDepartmentId) {
    }

    private static void addStories(List<Evidence.StoryChoice> out, Set<StoryRef> picked, StoryKey where,
                                   List<Story> shown) {
        Set<String> seen = new HashSet<>();
        // sorted by fingerprint: the shuffled order of the map says nothing, and a stable list is easier to pick from
        shown.stream()
                .map(s -> new Evidence.StoryChoice(new StoryRef(where.departmentId(), where.targetDepartmentId(),
                        StoryRef.fingerprintOf(s.text())), s.text(), s.themes(), false))
                .sorted(Comparator.comparing(c -> c.ref().fingerprint()))
                .filter(c -> seen.add(c.ref().fingerprint()))
                .forEach(c -> out.add(new Evidence.StoryChoice(c.ref(), c.text(), c.themes(), picked.contains(c.ref()))));
    }

    private static String name(OrganisationMap map, long id) {
        return map.node(id).map(MapNode::name).orElse("#" + id);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private List<Long> lockHolders(List<Finding> list) {
        Instant now = clock.instant();
        return list.stream().map(f -> f.holder(now)).filter(Objects::nonNull).distinct().toList();
    }

    private List<FindingView> views(List<Finding> list) {
        Map<Long, String> names = accounts.names(lockHolders(list));
        List<FindingView> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(view(list.get(i), i + 1, names));
        }
        return out;
    }

    private FindingView finding(Finding f) {
        return view(f, position(f), accounts.names(lockHolders(List.of(f))));
    }

    private int position(Finding f) {
        List<Finding> all = findings.findByScanIdOrderBySortOrderAscIdAsc(f.getScanId());
        return all.indexOf(f) + 1;
    }

    private FindingView view(Finding f, int position, Map<Long, String> names) {
        Long holder = f.holder(clock.instant());
        FindingView.Editor editor = holder == null ? null
                : new FindingView.Editor(holder, names.getOrDefault(holder, "?"), f.getLockedUntil());
        return new FindingView(f.getId(), f.getScanId(), position, f.getTitle(), f.getNarrative(), f.parts(),
                f.stories(), f.getSuggestionKey(), f.getRevision(), editor, f.getUpdatedAt());
    }

    private static ReactionView reactionView(FindingReaction r, Map<Long, String> names) {
        return new ReactionView(r.getId(), r.getFindingId(), r.getAuthorId(), names.getOrDefault(r.getAuthorId(), "?"),
                r.getKind(), r.getBody(), r.getCreatedAt());
    }
}
