package nl.onderstroom.map;

import nl.onderstroom.scan.IdentityQuestions;
import nl.onderstroom.scan.ScanStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.Distribution;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ResponsesChanged;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a scan under the anonymity rules. Advisors and administrators of the organisation see them once
 * the scan has closed; its directors once it is published. While a scan is a draft or still collects, every
 * results method refuses with {@link ResultsNotYet} (docs/decisions/results-after-close.md): results that move one
 * response at a time give that response away to whoever reads them before and after. Anything else, and any other
 * organisation's scan, is reported as not found.
 *
 * <p>A computed map is kept per scan (at most {@link #CACHE_SIZE} scans) and dropped when the scan's responses
 * change ({@link ResponsesChanged}) or the department tree differs from the one it was computed with.
 *
 * <p>Long on purpose: every public method is one access-checked read of the same cached map (results, waves,
 * identity, own questions, stories); splitting it would repeat the read rule in each part, and the rule is the
 * point of the class (docs/decisions/design-health.md).
 */
@Service
public class MapService {

    /** The identity (3i) keys, in the order they are shown. */
    public static final List<String> IDENTITY_KEYS = IdentityQuestions.TALLY_KEYS;

    /** A connection is marked as "stopping" on the map when at least this share says collaboration stops. */
    public static final double STOP_MARK_SHARE = 0.25;

    static final int CACHE_SIZE = 32;

    private static final List<ScanTallies.TextKind> IDENTITY_QUESTIONS = IdentityQuestions.OPEN_KINDS;

    private final ScanTallies tallies;
    private final OrganisationService organisations;
    private final TenantAccess tenants;
    private final Random shuffle = new Random();
    private final MapCache cache = new MapCache(CACHE_SIZE);

    private final MapThresholds thresholds;
    private final AuditLog audit;

    /** Cached maps: how many, and whether a scan no longer computed leaves anything behind (tests). */
    MapCache cache() {
        return cache;
    }

    MapService(ScanTallies tallies, OrganisationService organisations, TenantAccess tenants, MapThresholds thresholds,
               AuditLog audit) {
        this.thresholds = thresholds;
        this.audit = audit;
        this.tallies = tallies;
        this.organisations = organisations;
        this.tenants = tenants;
    }

    /** A scan whose results the caller may open, with its organisation's name. */
    public record ResultsEntry(ScanTallies.ScanInfo scan, String organisationName) {
    }

    /**
     * The scans whose results the caller may open or wait for, per organisation, newest first: for directors the
     * published ones of their organisation, for advisors and administrators every scan that has opened (an open one
     * shows its results once it closes: {@link #resultsShown}).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<ResultsEntry> scansWithResults() {
        List<ResultsEntry> out = new ArrayList<>();
        for (nl.onderstroom.organisation.OrganisationSummary organisation : organisations.organisations()) {
            for (ScanTallies.ScanInfo scan : tallies.scansOf(organisation.id())) {
                if (scan.status() != ScanStatus.DRAFT && mayRead(scan)) {
                    out.add(new ResultsEntry(scan, organisation.name()));
                }
            }
        }
        return out;
    }

    /** The scan, its map after the anonymity rules, and how its responses came about. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public ScanResults results(long scanId) {
        ScanTallies.ScanInfo scan = readable(scanId);
        OrganisationMap map = computed(scan);
        return new ScanResults(scan, map, method(scan, map));
    }

    /**
     * The results for an export (GraphML, CSV): as {@link #results}, and the export is written to the audit log in
     * the same transaction.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional
    public ScanResults export(long scanId) {
        ScanTallies.ScanInfo scan = readable(scanId);
        OrganisationMap map = computed(scan);
        audit.scan(AuditLog.Action.RESULTS_EXPORTED, scan.organisationId(), scan.id(), null, null);
        return new ScanResults(scan, map, method(scan, map));
    }

    /** Whether a scan's results may be shown at all: only once it no longer collects responses. */
    public static boolean resultsShown(ScanTallies.ScanInfo scan) {
        return ScanTallies.answersReadable(scan.status());
    }

    /** The map of a scan, after the anonymity rules. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public OrganisationMap map(long scanId) {
        return computed(readable(scanId));
    }

    /**
     * The stories told about the connection {@code from -> to}, shuffled; empty when the connection is hidden or
     * fewer people than the scan's story threshold wrote one.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<Story> connectionStories(long scanId, long from, long to) {
        ScanTallies.ScanInfo scan = readable(scanId);
        boolean shown = computed(scan).edge(from, to).isPresent();
        if (!shown) {
            return List.of();
        }
        return shownStories(scan, tallies.texts(scanId, ScanTallies.TextKind.CONNECTION_STORY).stream()
                .filter(t -> t.departmentId() == from && Objects.equals(t.targetDepartmentId(), to))
                .toList());
    }

    /**
     * The undercurrent stories of a department's people, shuffled; empty when the department or its count is hidden
     * (the number of stories would bound the hidden count) or fewer people than the scan's story threshold wrote one.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<Story> departmentStories(long scanId, long departmentId) {
        ScanTallies.ScanInfo scan = readable(scanId);
        boolean shown = computed(scan).node(departmentId)
                .filter(n -> n.figures() != null && !n.figures().countHidden()).isPresent();
        if (!shown) {
            return List.of();
        }
        return shownStories(scan, tallies.texts(scanId, ScanTallies.TextKind.UNDERCURRENT).stream()
                .filter(t -> t.departmentId() == departmentId && !t.director())
                .toList());
    }

    /** Intended against perceived identity, and the recurring words of the open identity answers. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public IdentityComparison identity(long scanId) {
        ScanTallies.ScanInfo scan = readable(scanId);
        OrganisationMap map = computed(scan);
        ScanTallies.IntendedIdentity intended = tallies.intendedIdentity(scanId);
        int k = scan.threshold();
        List<IdentityComparison.Row> rows = new ArrayList<>();
        for (String key : IDENTITY_KEYS) {
            Double intendedMean = null;
            if (intended != null && intended.respondents() >= k && intended.identity() != null) {
                int[] counts = intended.identity().get(key);
                intendedMean = meanOfRatings(counts, k);
            }
            rows.add(new IdentityComparison.Row(key, intendedMean,
                    map.metrics().organisationIdentityMeans().get(key)));
        }
        int storyThreshold = storyThreshold(scan);
        List<IdentityComparison.QuestionWords> words = new ArrayList<>();
        for (ScanTallies.TextKind question : IDENTITY_QUESTIONS) {
            // staff words only from departments the map shows: none from a department with fewer than k people
            Map<Boolean, List<String>> bySide = tallies.texts(scanId, question).stream()
                    .filter(t -> t.director() || shown(map, t.departmentId()))
                    .collect(Collectors.partitioningBy(ScanTallies.Text::director,
                            Collectors.mapping(ScanTallies.Text::text, Collectors.toList())));
            words.add(new IdentityComparison.QuestionWords(question,
                    bySide.get(true).size() >= storyThreshold ? RecurringWords.of(bySide.get(true)) : null,
                    bySide.get(false).size() >= storyThreshold ? RecurringWords.of(bySide.get(false)) : null));
        }
        return new IdentityComparison(rows, words);
    }

    /**
     * The advisor's own questions with their results per department and for the organisation, under the map's
     * anonymity rules (docs/decisions/own-questions-results.md): ratings as means from k answers, choices as counts
     * per option with complementary suppression, typed answers shuffled from the story threshold on. Staff answers
     * only.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<OwnQuestionResult> ownQuestions(long scanId) {
        ScanTallies.ScanInfo scan = readable(scanId);
        OrganisationMap map = computed(scan);
        List<nl.onderstroom.scan.QuestionSet.Question> questions = tallies.ownQuestions(scanId);
        if (questions.isEmpty()) {
            return List.of();
        }
        return OwnQuestionResults.of(map, questions, tallies.ownAnswers(scanId), tallies.ownTexts(scanId),
                Math.max(scan.threshold(), MapSettings.MIN_K), storyThreshold(scan), shuffle);
    }

    /**
     * The earlier scans of the same organisation that this one can be compared with, newest first. Directors see
     * only published ones.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<ScanTallies.ScanInfo> earlierScans(long scanId) {
        ScanTallies.ScanInfo scan = readable(scanId);
        List<ScanTallies.ScanInfo> all = tallies.scansOf(scan.organisationId());
        int position = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == scanId) {
                position = i;
            }
        }
        List<ScanTallies.ScanInfo> earlier = new ArrayList<>();
        for (int i = position + 1; i < all.size(); i++) {
            ScanTallies.ScanInfo candidate = all.get(i);
            if (candidate.id() != scanId && candidate.organisationId() == scan.organisationId()
                    && resultsShown(candidate) && mayRead(candidate)) {
                earlier.add(candidate);
            }
        }
        return earlier;
    }

    /**
     * What improved and what got worse since an earlier scan of the same organisation. Only figures shown in both
     * scans take part, and only changes of at least {@link WaveComparison#MINIMUM_CHANGE}.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public WaveComparison compare(long scanId, long earlierScanId) {
        ScanTallies.ScanInfo scan = readable(scanId);
        ScanTallies.ScanInfo earlier = readable(earlierScanId);
        if (earlier.organisationId() != scan.organisationId() || earlierScanId == scanId) {
            throw new NotFound();
        }
        return WaveComparisons.compare(earlier, computed(scan), computed(earlier));
    }

    /** Drops the cached map of a scan whose responses changed. */
    @EventListener
    public void onResponsesChanged(ResponsesChanged event) {
        cache.invalidate(event.scanId());
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private ScanTallies.ScanInfo readable(long scanId) {
        ScanTallies.ScanInfo scan = tallies.scan(scanId);
        if (scan == null) {
            throw new NotFound();
        }
        tenants.checkRead(scan.organisationId());
        if (!mayRead(scan)) {
            throw new NotFound();
        }
        if (!resultsShown(scan)) {
            throw new ResultsNotYet(scan.name(), scan.closesOn());
        }
        return scan;
    }

    /**
     * The method section: imported responses (the number only from k on, or none), and departments where more
     * people answered than the department has staff (only shown departments: a hidden one says nothing) or more
     * codes were made than it has staff (the advisor's own doing, always). A headcount of 0 means unknown.
     */
    private ResultsMethod method(ScanTallies.ScanInfo scan, OrganisationMap map) {
        ScanTallies.Provenance provenance = tallies.provenance(scan.id());
        int imported = provenance.imported();
        Integer importedShown = imported == 0 || imported >= scan.threshold() ? imported : null;
        List<ResultsMethod.DepartmentRemark> remarks = new ArrayList<>();
        for (nl.onderstroom.map.graph.MapNode node : map.nodes()) {
            int headcount = node.headcount();
            boolean moreResponses = headcount > 0 && !node.suppressed() && node.figures() != null
                    && node.figures().respondents() != null && node.figures().respondents() > headcount;
            int codes = provenance.codesByDepartment().getOrDefault(node.id(), 0);
            boolean moreCodes = headcount > 0 && codes > headcount;
            boolean openLink = provenance.openLinkDepartments().contains(node.id());
            if (moreResponses || moreCodes || openLink) {
                remarks.add(new ResultsMethod.DepartmentRemark(node.id(), node.name(), headcount, moreResponses, codes,
                        moreCodes, openLink));
            }
        }
        return new ResultsMethod(imported > 0, importedShown, provenance.openLinkDepartments().stream().anyMatch(Objects::isNull),
                List.copyOf(remarks));
    }

    private boolean mayRead(ScanTallies.ScanInfo scan) {
        Role role = tenants.currentRole().orElse(null);
        return role == Role.ADMIN || role == Role.ADVISOR
                || role == Role.DIRECTOR && scan.status() == ScanStatus.PUBLISHED;
    }

    private OrganisationMap computed(ScanTallies.ScanInfo scan) {
        List<Department> departments = TallyConversion.departments(organisations.departments(scan.organisationId()));
        return cache.get(scan.id(), scan.threshold(), departments, () -> {
            Set<Long> known = departments.stream().map(Department::id).collect(Collectors.toSet());
            return MapComputation.compute(departments,
                    TallyConversion.departmentTallies(tallies.departments(scan.id()), known),
                    TallyConversion.connectionTallies(tallies.connections(scan.id()), known),
                    thresholds.settings(scan.threshold()));
        });
    }

    private List<Story> shownStories(ScanTallies.ScanInfo scan, List<ScanTallies.Text> texts) {
        List<Story> stories = texts.stream()
                .filter(t -> t.text() != null && !t.text().isBlank())
                .map(t -> new Story(t.text(), t.themes()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (stories.size() < storyThreshold(scan)) {
            return List.of();
        }
        synchronized (shuffle) {
            Collections.shuffle(stories, shuffle);
        }
        return List.copyOf(stories);
    }

    private static boolean shown(OrganisationMap map, long departmentId) {
        return map.node(departmentId).filter(n -> !n.suppressed()).isPresent();
    }

    /** The story threshold, never below the scan's k. */
    private static int storyThreshold(ScanTallies.ScanInfo scan) {
        return Math.max(Math.max(scan.storyThreshold(), scan.threshold()), MapSettings.MIN_K);
    }

    /** The mean of rating counts 1..5, or {@code null} with fewer than k answers. */
    static Double meanOfRatings(int[] counts, int k) {
        if (counts == null || counts.length != 5) {
            return null;
        }
        return Distribution.mean(counts, 1, k);
    }
}
