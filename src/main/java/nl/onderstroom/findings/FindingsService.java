package nl.onderstroom.findings;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ResultsNotYet;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the findings of a scan and their evidence. Suggestions live in {@link SuggestionsService}, writing under
 * the edit lock in {@link FindingEditService}, reactions in {@link ReactionsService}.
 *
 * <p>Access ({@link FindingsAccess}): findings exist only for scans whose results are shown (closed or published;
 * an open scan answers {@link ResultsNotYet} to its advisors). Advisors assigned to the organisation and
 * administrators read; directors of the organisation read the findings of published scans; anyone else, and
 * directors for an unpublished scan, finds nothing ({@link NotFound}).
 */
@Service
public class FindingsService {

    private final FindingRepository findings;
    private final FindingsAccess access;
    private final FindingViews views;
    private final FindingEvidence evidence;
    private final MapService maps;

    FindingsService(FindingRepository findings, FindingsAccess access, FindingViews views, FindingEvidence evidence,
                    MapService maps) {
        this.findings = findings;
        this.access = access;
        this.views = views;
        this.evidence = evidence;
        this.maps = maps;
    }

    /** The findings of a scan in presentation order. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public List<FindingView> findings(long scanId) {
        access.readableScan(scanId);
        return views.views(findings.findByScanIdOrderBySortOrderAscIdAsc(scanId));
    }

    /** One finding. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public FindingView finding(long findingId) {
        return views.view(access.readable(findingId));
    }

    /**
     * The evidence of a finding: the figures of its parts as the map shows them, and the stories of its departments
     * and connections (for advisors every story to pick from, for directors only the picked ones).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    public Evidence evidence(long findingId) {
        Finding f = access.readable(findingId);
        return evidence.of(f.getScanId(), f.parts(), f.stories(), access.director());
    }

    /**
     * The evidence that parts would bring, for the editor before it saves: as {@link #evidence}, with
     * {@code picked} stories marked.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME})
    @Transactional(readOnly = true)
    public Evidence evidenceFor(long scanId, List<Part> parts, List<StoryRef> picked) {
        access.writableScan(scanId);
        return evidence.of(scanId, parts, picked == null ? List.of() : picked, false);
    }

    /**
     * The earlier wave of a scan and both computed maps, for {@link ActionsService#waveChanges}; {@code null} when
     * there is none or the reader may not see its results (a director before it was published).
     */
    WavePair wavePair(long scanId) {
        ScanTallies.ScanInfo scan = access.readableScan(scanId);
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
}
