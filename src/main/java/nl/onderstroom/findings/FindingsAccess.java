package nl.onderstroom.findings;

import nl.onderstroom.base.NotFound;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ResultsNotYet;
import nl.onderstroom.scan.ScanStatus;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one owner of who may read and write a scan's findings, asked by every findings service after its role check.
 *
 * <p>Findings exist only for scans whose results are shown (closed or published; an open scan answers
 * {@link ResultsNotYet} to its advisors). Advisors assigned to the organisation and administrators read and write;
 * directors of the organisation read the findings of published scans; anyone else, and directors for an unpublished
 * scan, finds nothing ({@link NotFound}).
 */
@Component
class FindingsAccess {

    private final FindingRepository findings;
    private final ScanTallies tallies;
    private final TenantAccess tenants;
    private final MapService maps;

    FindingsAccess(FindingRepository findings, ScanTallies tallies, TenantAccess tenants, MapService maps) {
        this.findings = findings;
        this.tallies = tallies;
        this.tenants = tenants;
        this.maps = maps;
    }

    /** The scan, if the caller may read its findings: results shown, directors only when published. */
    ScanTallies.ScanInfo readableScan(long scanId) {
        ScanTallies.ScanInfo scan = tallies.scan(scanId); // NotFound outside the caller's reach
        tenants.checkRead(scan.organisationId());
        if (director() && scan.status() != ScanStatus.PUBLISHED) {
            throw new NotFound();
        }
        if (!MapService.resultsShown(scan)) {
            maps.map(scanId); // the results' own answer: ResultsNotYet, "results once the scan closes"
            throw new NotFound();
        }
        return scan;
    }

    /** The scan, if the caller may also write its findings. */
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

    Finding writable(long findingId) {
        Finding f = findings.findById(findingId).orElseThrow(NotFound::new);
        writableScan(f.getScanId());
        return f;
    }

    /** Whether the caller reads as a director (who sees only the picked stories of a finding). */
    boolean director() {
        return tenants.currentRole().filter(r -> r == Role.DIRECTOR).isPresent();
    }

    /** The caller's account: locks and reactions belong to a person, never to the system session. */
    static long person() {
        return Accounts.current().orElseThrow(() -> new AccessDeniedException("a person's account is needed"));
    }
}
