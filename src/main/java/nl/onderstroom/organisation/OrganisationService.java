package nl.onderstroom.organisation;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.csv.CsvProblem;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and their department trees. Directors read their own organisation; advisors read and change
 * the organisations assigned to them; administrators all. An organisation outside the caller's reach is
 * reported as not found.
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

    /** The result of a CSV import: what changed, or every problem with its line (and then nothing changed). */
    public record ImportOutcome(int created, int updated, List<CsvProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    static final int MAX_NAME = 100;
    static final int MAX_ORGANISATION_NAME = 200;
    static final int MAX_HEADCOUNT = 100_000;
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
        return tree(departments.findByOrganisationId(organisationId));
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public DepartmentNode addDepartment(long organisationId, DepartmentDraft draft) {
        tenants.checkWrite(organisationId);
        List<Department> all = departments.findByOrganisationId(organisationId);
        String name = Names.clean(draft.name(), MAX_NAME, "organisation.error.departmentName");
        requireUniqueName(all, name, null);
        Long parentId = requireParent(all, draft.parentId(), null);
        Department saved = departments.save(new Department(organisationId, parentId, name, requireHeadcount(draft.headcount())));
        all.add(saved);
        return node(all, saved.getId());
    }

    /** Renames, moves and re-counts a department in one step; moving under its own sub-department is refused. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public DepartmentNode updateDepartment(long organisationId, long departmentId, DepartmentDraft change) {
        tenants.checkWrite(organisationId);
        List<Department> all = departments.findByOrganisationId(organisationId);
        Department department = find(all, departmentId);
        String name = Names.clean(change.name(), MAX_NAME, "organisation.error.departmentName");
        requireUniqueName(all, name, departmentId);
        department.setName(name);
        department.setParentId(requireParent(all, change.parentId(), departmentId));
        department.setHeadcount(requireHeadcount(change.headcount()));
        return node(all, departmentId);
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public RemovalImpact removalImpact(long organisationId, long departmentId) {
        tenants.checkWrite(organisationId);
        List<Department> all = departments.findByOrganisationId(organisationId);
        Department department = find(all, departmentId);
        int children = (int) all.stream().filter(d -> Objects.equals(d.getParentId(), departmentId)).count();
        String newParent = department.getParentId() == null ? null : find(all, department.getParentId()).getName();
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
        Department department = find(all, departmentId);
        all.stream().filter(d -> Objects.equals(d.getParentId(), departmentId))
                .forEach(child -> child.setParentId(department.getParentId()));
        departments.flush();
        departments.delete(department);
    }

    /**
     * Imports a department list ({@code name;parent;headcount}, see docs/api.md). All or nothing: a file with any
     * problem changes nothing and every problem is reported with its line number. Departments are matched by name;
     * those not in the file stay as they are.
     */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public ImportOutcome importDepartments(long organisationId, byte[] csv) {
        tenants.checkWrite(organisationId);
        DepartmentCsv.ParseResult parsed = DepartmentCsv.parse(csv == null ? new byte[0] : csv);
        if (!parsed.isValid()) {
            return new ImportOutcome(0, 0, parsed.problems());
        }
        List<Department> all = departments.findByOrganisationId(organisationId);
        DepartmentImportPlan.PlanResult plan = DepartmentImportPlan.plan(parsed.rows(), all.stream()
                .map(d -> new DepartmentImportPlan.Existing(d.getId(), d.getName(), d.getParentId())).toList());
        if (!plan.isValid()) {
            return new ImportOutcome(0, 0, plan.problems());
        }
        Map<Long, Department> byId = new HashMap<>();
        all.forEach(d -> byId.put(d.getId(), d));
        Map<String, Long> createdIds = new HashMap<>();
        int created = 0;
        int updated = 0;
        for (DepartmentImportPlan.Operation op : plan.operations()) {
            DepartmentImportPlan.ParentRef ref = op.parent();
            Long parentId = ref.isTopLevel() ? null : ref.existingId() != null ? ref.existingId() : createdIds.get(ref.createdName());
            if (op instanceof DepartmentImportPlan.Create create) {
                Department saved = departments.save(new Department(organisationId, parentId, create.name(), create.headcount()));
                createdIds.put(create.name(), saved.getId());
                created++;
            } else if (op instanceof DepartmentImportPlan.Update update) {
                Department department = byId.get(update.id());
                department.setName(update.name());
                department.setParentId(parentId);
                department.setHeadcount(update.headcount());
                updated++;
            }
        }
        departments.flush();
        return new ImportOutcome(created, updated, List.of());
    }

    /** The department list as CSV ({@code name;parent;headcount}), parents before their sub-departments. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String exportDepartments(long organisationId) {
        List<DepartmentNode> nodes = departments(organisationId);
        Map<Long, String> names = new HashMap<>();
        nodes.forEach(n -> names.put(n.id(), n.name()));
        List<DepartmentCsv.Row> rows = new ArrayList<>();
        for (DepartmentNode n : nodes) {
            rows.add(new DepartmentCsv.Row(rows.size() + 2, n.name(), n.parentId() == null ? null : names.get(n.parentId()),
                    n.headcount()));
        }
        return DepartmentCsv.write(rows);
    }

    private Department find(List<Department> all, long departmentId) {
        return all.stream().filter(d -> d.getId() == departmentId).findFirst().orElseThrow(NotFound::new);
    }

    private static void requireUniqueName(List<Department> all, String name, Long except) {
        String key = Names.key(name);
        if (all.stream().anyMatch(d -> !Objects.equals(d.getId(), except) && Names.key(d.getName()).equals(key))) {
            throw new UserError("organisation.error.departmentNameTaken", name);
        }
    }

    private static Long requireParent(List<Department> all, Long parentId, Long self) {
        if (parentId == null) {
            return null;
        }
        Map<Long, Department> byId = new HashMap<>();
        all.forEach(d -> byId.put(d.getId(), d));
        if (!byId.containsKey(parentId)) {
            throw new NotFound();
        }
        if (self != null) {
            Set<Long> seen = new HashSet<>();
            for (Long at = parentId; at != null && seen.add(at); at = byId.get(at).getParentId()) {
                if (at.equals(self)) {
                    throw new UserError("organisation.error.parentCycle");
                }
            }
        }
        return parentId;
    }

    private static int requireHeadcount(int headcount) {
        if (headcount < 0 || headcount > MAX_HEADCOUNT) {
            throw new UserError("organisation.error.headcount", MAX_HEADCOUNT);
        }
        return headcount;
    }

    private static DepartmentNode node(List<Department> all, long id) {
        return tree(all).stream().filter(n -> n.id() == id).findFirst().orElseThrow(NotFound::new);
    }

    /** Depth-first listing; departments whose parent is missing are shown at the top level rather than lost. */
    static List<DepartmentNode> tree(List<Department> all) {
        Map<Long, List<Department>> children = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        all.forEach(d -> ids.add(d.getId()));
        for (Department d : all) {
            Long parent = d.getParentId() != null && ids.contains(d.getParentId()) ? d.getParentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
        }
        Comparator<Department> byName = Comparator.comparing(d -> d.getName().toLowerCase(Locale.ROOT));
        children.values().forEach(list -> list.sort(byName));
        List<DepartmentNode> out = new ArrayList<>(all.size());
        walk(children, null, 0, out, new HashSet<>());
        return out;
    }

    private static void walk(Map<Long, List<Department>> children, Long parent, int depth, List<DepartmentNode> out,
                             Set<Long> visited) {
        for (Department d : children.getOrDefault(parent, List.of())) {
            if (visited.add(d.getId())) {
                out.add(new DepartmentNode(d.getId(), d.getName(), d.getParentId(), d.getHeadcount(), depth));
                walk(children, d.getId(), depth + 1, out, visited);
            }
        }
    }

    static Optional<Department> byName(List<Department> all, String name) {
        String key = Names.key(name);
        return all.stream().filter(d -> Names.key(d.getName()).equals(key)).findFirst();
    }
}
