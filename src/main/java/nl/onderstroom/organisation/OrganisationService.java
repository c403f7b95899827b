package nl.onderstroom.organisation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and their department trees. Directors read their own organisation; advisors read and change
 * the organisations assigned to them; administrators all. An organisation outside the caller's reach is
 * reported as not found. The tree's rules are in {@link DepartmentTree}; the department list as a CSV file in
 * {@link DepartmentCsvService}.
 */
@Service
public class OrganisationService {

    /** A department as a user adds it: {@code parentId} null means top level. */
    public record DepartmentDraft(String name, Long parentId, int headcount) {
    }

    /** What removing a department would touch, so the screen can ask before it happens. */
    public record RemovalImpact(String name, int children, String newParentName, List<UserError> blockers) {

        public boolean blocked() {
            return !blockers.isEmpty();
        }
    }

    static final int MAX_ORGANISATION_NAME = 200;
    /** Stories and open answers are deleted this many months after a scan closes, unless the organisation says otherwise. */
    public static final int DEFAULT_RETENTION_MONTHS = 12;
    public static final int MIN_RETENTION_MONTHS = 1;
    public static final int MAX_RETENTION_MONTHS = 120;
    public static final int MAX_PRIVACY_CONTACT = 200;

    private final OrganisationRepository organisations;
    private final DepartmentRepository departments;
    private final TenantAccess tenants;
    private final List<DepartmentDataGuard> guards;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, DepartmentRepository departments, TenantAccess tenants,
                        List<DepartmentDataGuard> guards, AuditLog audit, Clock clock) {
        this.organisations = organisations;
        this.departments = departments;
        this.tenants = tenants;
        this.guards = guards;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisations the caller may see, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        TenantAccess.Scope scope = tenants.readScope();
        List<Long> ids = scope.all()
                ? organisations.findAll().stream().map(Organisation::getId).toList()
                : List.copyOf(scope.organisationIds());
        return ids.isEmpty() ? List.of() : departments.summaries(ids);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OrganisationSummary organisation(long organisationId) {
        tenants.checkRead(organisationId);
        return departments.summaries(List.of(organisationId)).stream().findFirst().orElseThrow(NotFound::new);
    }

    /** Creates an organisation; an advisor who creates one is assigned to it. Names are unique regardless of case. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public OrganisationSummary create(String name) {
        String clean = Names.clean(name, MAX_ORGANISATION_NAME, "organisation.error.name");
        if (organisations.existsByNameIgnoreCase(clean)) {
            throw new UserError("organisation.error.nameTaken", clean);
        }
        Organisation saved = organisations.saveAndFlush(new Organisation(clean, clock.instant()));
        tenants.grantToCreator(saved.getId());
        return new OrganisationSummary(saved.getId(), saved.getName(), 0, 0);
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public OrganisationSummary rename(long organisationId, String name) {
        tenants.checkWrite(organisationId);
        Organisation organisation = organisations.findById(organisationId).orElseThrow(NotFound::new);
        String clean = Names.clean(name, MAX_ORGANISATION_NAME, "organisation.error.name");
        if (!clean.equalsIgnoreCase(organisation.getName()) && organisations.existsByNameIgnoreCase(clean)) {
            throw new UserError("organisation.error.nameTaken", clean);
        }
        organisation.setName(clean);
        organisations.flush();
        return organisation(organisationId);
    }

    /** Months after a scan closes that the organisation's stories and open answers are kept (docs/privacy.md). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int retentionMonths(long organisationId) {
        tenants.checkRead(organisationId);
        return organisations.findById(organisationId).orElseThrow(NotFound::new).getTextRetentionMonths();
    }

    /**
     * Sets how many months after a scan closes its stories and open answers are deleted
     * ({@value #MIN_RETENTION_MONTHS} to {@value #MAX_RETENTION_MONTHS}). Takes effect at the next retention run,
     * for closed scans too. Recorded in the audit log with the new number of months.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public int changeRetentionMonths(long organisationId, Integer months) {
        tenants.checkWrite(organisationId);
        Organisation organisation = organisations.findById(organisationId).orElseThrow(NotFound::new);
        if (months == null || months < MIN_RETENTION_MONTHS || months > MAX_RETENTION_MONTHS) {
            throw new UserError("retention.error.months", MIN_RETENTION_MONTHS, MAX_RETENTION_MONTHS);
        }
        if (organisation.getTextRetentionMonths() != months) {
            organisation.setTextRetentionMonths(months);
            organisations.flush();
            audit.organisation(AuditLog.Action.RETENTION_CHANGED, organisationId, months);
        }
        return months;
    }

    /**
     * Whom respondents can ask about their data (a name, a role, an e-mail address), as the survey's privacy
     * statement shows it; empty when none was given.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> privacyContact(long organisationId) {
        tenants.checkRead(organisationId);
        return Optional.ofNullable(organisations.findById(organisationId).orElseThrow(NotFound::new).getPrivacyContact());
    }

    /**
     * Sets whom respondents can ask about their data (at most {@value #MAX_PRIVACY_CONTACT} characters, no invisible
     * characters); blank removes it. Returns the contact as stored.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public Optional<String> changePrivacyContact(long organisationId, String contact) {
        tenants.checkWrite(organisationId);
        Organisation organisation = organisations.findById(organisationId).orElseThrow(NotFound::new);
        String clean = contact == null || contact.isBlank() ? null
                : Names.clean(contact, MAX_PRIVACY_CONTACT, "organisation.error.privacyContact");
        organisation.setPrivacyContact(clean);
        organisations.flush();
        return Optional.ofNullable(clean);
    }

    /** The department tree, depth-first, siblings by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DepartmentNode> departments(long organisationId) {
        tenants.checkRead(organisationId);
        return DepartmentTree.of(departments.findByOrganisationId(organisationId));
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public DepartmentNode addDepartment(long organisationId, DepartmentDraft draft) {
        tenants.checkWrite(organisationId);
        List<Department> all = departments.findByOrganisationId(organisationId);
        String name = Names.clean(draft.name(), DepartmentTree.MAX_NAME, "organisation.error.departmentName");
        DepartmentTree.requireUniqueName(all, name, null);
        Long parentId = DepartmentTree.requireParent(all, draft.parentId(), null);
        Department saved = departments.save(new Department(organisationId, parentId, name,
                DepartmentTree.requireHeadcount(draft.headcount())));
        all.add(saved);
        return DepartmentTree.node(all, saved.getId());
    }

    /** Renames, moves and re-counts a department in one step; moving under its own sub-department is refused. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public DepartmentNode updateDepartment(long organisationId, long departmentId, DepartmentDraft change) {
        tenants.checkWrite(organisationId);
        List<Department> all = departments.findByOrganisationId(organisationId);
        Department department = DepartmentTree.find(all, departmentId);
        String name = Names.clean(change.name(), DepartmentTree.MAX_NAME, "organisation.error.departmentName");
        DepartmentTree.requireUniqueName(all, name, departmentId);
        department.setName(name);
        department.setParentId(DepartmentTree.requireParent(all, change.parentId(), departmentId));
        department.setHeadcount(DepartmentTree.requireHeadcount(change.headcount()));
        return DepartmentTree.node(all, departmentId);
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public RemovalImpact removalImpact(long organisationId, long departmentId) {
        tenants.checkWrite(organisationId);
        List<Department> all = departments.findByOrganisationId(organisationId);
        Department department = DepartmentTree.find(all, departmentId);
        int children = (int) all.stream().filter(d -> Objects.equals(d.getParentId(), departmentId)).count();
        String newParent = department.getParentId() == null ? null
                : DepartmentTree.find(all, department.getParentId()).getName();
        List<UserError> blockers = new ArrayList<>();
        for (DepartmentDataGuard guard : guards) {
            guard.removalBlocked(departmentId).ifPresent(blockers::add);
        }
        return new RemovalImpact(department.getName(), children, newParent, blockers);
    }

    /**
     * Removes a department. Its sub-departments move up to its parent; a department that other features hold
     * data for is not removed (the guards say why).
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public void removeDepartment(long organisationId, long departmentId) {
        RemovalImpact impact = removalImpact(organisationId, departmentId);
        if (impact.blocked()) {
            throw impact.blockers().get(0);
        }
        List<Department> all = departments.findByOrganisationId(organisationId);
        Department department = DepartmentTree.find(all, departmentId);
        all.stream().filter(d -> Objects.equals(d.getParentId(), departmentId))
                .forEach(child -> child.setParentId(department.getParentId()));
        departments.flush();
        departments.delete(department);
    }
}
