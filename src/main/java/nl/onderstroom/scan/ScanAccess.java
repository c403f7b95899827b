package nl.onderstroom.scan;

import java.util.HashMap;
import java.util.Map;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.TenantAccess;
import org.springframework.stereotype.Component;

/**
 * A scan fetched for a caller, after the tenant check of decision 0002: each scan service asks this first, so the
 * check is written once and none of the services (lifecycle, invitations, live counts, e-mail) can skip it. Another
 * tenant's scan is "not found". Package-private: the services keep their own role rules ({@code @RolesAllowed}).
 */
@Component
class ScanAccess {

    private final ScanRepository scans;
    private final TenantAccess tenants;
    private final OrganisationService organisations;

    ScanAccess(ScanRepository scans, TenantAccess tenants, OrganisationService organisations) {
        this.scans = scans;
        this.tenants = tenants;
        this.organisations = organisations;
    }

    /** The scan, if the caller may read its organisation. */
    Scan readable(long scanId) {
        Scan scan = scans.findById(scanId).orElseThrow(NotFound::new);
        tenants.checkRead(scan.getOrganisationId());
        return scan;
    }

    /** The scan, if the caller may change its organisation. */
    Scan writable(long scanId) {
        Scan scan = scans.findById(scanId).orElseThrow(NotFound::new);
        tenants.checkWrite(scan.getOrganisationId());
        return scan;
    }

    /** The name of a department of the scan's organisation; "not found" for a department of another one. */
    String departmentName(Scan scan, long departmentId) {
        String name = departmentNames(scan).get(departmentId);
        if (name == null) {
            throw new NotFound();
        }
        return name;
    }

    /** The departments of the scan's organisation by id. */
    Map<Long, String> departmentNames(Scan scan) {
        Map<Long, String> names = new HashMap<>();
        organisations.departments(scan.getOrganisationId()).forEach(d -> names.put(d.id(), d.name()));
        return names;
    }
}
