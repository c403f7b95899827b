package nl.onderstroom.findings;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.UserError;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.WaveComparison;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings the map suggests ({@link SuggestionRules}): listing them, accepting one as a finding, dismissing one
 * for a scan and bringing the dismissed back.
 *
 * <p>Access ({@link FindingsAccess}): advisors assigned to the organisation and administrators, for scans whose
 * results are shown (closed or published); directors are denied; anyone else finds nothing.
 */
@Service
public class SuggestionsService {

    private final FindingRepository findings;
    private final FindingsAccess access;
    private final FindingEditService edits;
    private final MapService maps;
    private final ScanTallies tallies;
    private final FindingsEvents events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SuggestionsService(FindingRepository findings, FindingsAccess access, FindingEditService edits, MapService maps,
                       ScanTallies tallies, FindingsEvents events, JdbcTemplate jdbc, Clock clock) {
        this.findings = findings;
        this.access = access;
        this.edits = edits;
        this.maps = maps;
        this.tallies = tallies;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The suggested findings of a closed or published scan in the reader's language, without the dismissed ones and
     * those already accepted. Built only from the map, the identity comparison and the wave comparison after the
     * anonymity rules ({@link SuggestionRules}).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional(readOnly = true)
    public List<SuggestedFinding> suggestions(long scanId, Locale locale) {
        access.writableScan(scanId);
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
        ScanTallies.ScanInfo scan = access.writableScan(scanId);
        Suggestion suggestion = rules(scanId).stream().filter(s -> s.key().equals(suggestionKey)).findFirst()
                .orElseThrow(() -> new UserError("findings.error.suggestionGone"));
        boolean taken = findings.findByScanIdOrderBySortOrderAscIdAsc(scanId).stream()
                .anyMatch(f -> suggestionKey.equals(f.getSuggestionKey()));
        if (taken) {
            throw new UserError("findings.error.suggestionTaken");
        }
        FindingDraft content = new FindingDraft(clip(suggestion.title(locale), FindingDraft.MAX_TITLE),
                suggestion.text(locale), suggestion.parts(), List.of());
        FindingView added = edits.add(scan, content, suggestionKey);
        jdbc.update("delete from finding_dismissal where scan_id = ? and suggestion_key = ?", scanId, suggestionKey);
        return added;
    }

    /** Dismisses a suggestion for this scan; it is not suggested again. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional
    public void dismiss(long scanId, String suggestionKey) {
        access.writableScan(scanId);
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
        access.writableScan(scanId);
        int n = jdbc.update("delete from finding_dismissal where scan_id = ?", scanId);
        events.changed(scanId, null);
        return n;
    }

    private List<String> dismissedKeys(long scanId) {
        return jdbc.queryForList("select suggestion_key from finding_dismissal where scan_id = ?", String.class, scanId);
    }

    /** Every suggestion of the scan, compared with the wave before it (or the latest earlier scan) when there is one. */
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

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
