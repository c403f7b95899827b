package nl.onderstroom.organisation;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.base.csv.CsvProblem;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's department list as a CSV file ({@code name;parent;headcount}, see docs/api.md): imported all or
 * nothing, exported parents first. The same access as the department screens ({@link OrganisationService}): whoever
 * may read the organisation exports; its advisors and administrators import; another tenant's organisation is not
 * found.
 */
@Service
public class DepartmentCsvService {

    /** The result of a CSV import: what changed, or every problem with its line (and then nothing changed). */
    public record ImportOutcome(int created, int updated, List<CsvProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final DepartmentRepository departments;
    private final TenantAccess tenants;

    DepartmentCsvService(DepartmentRepository departments, TenantAccess tenants) {
        this.departments = departments;
        this.tenants = tenants;
    }

    /**
     * Imports a department list. All or nothing: a file with any problem changes nothing and every problem is
     * reported with its line number. Departments are matched by name; those not in the file stay as they are.
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
            Long parentId = ref.isTopLevel() ? null
                    : ref.existingId() != null ? ref.existingId() : createdIds.get(ref.createdName());
            if (op instanceof DepartmentImportPlan.Create create) {
                Department saved = departments.save(new Department(organisationId, parentId, create.name(),
                        create.headcount()));
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

    /** The department list as CSV, parents before their sub-departments. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String exportDepartments(long organisationId) {
        tenants.checkRead(organisationId);
        List<DepartmentNode> nodes = DepartmentTree.of(departments.findByOrganisationId(organisationId));
        Map<Long, String> names = new HashMap<>();
        nodes.forEach(n -> names.put(n.id(), n.name()));
        List<DepartmentCsv.Row> rows = new ArrayList<>();
        for (DepartmentNode n : nodes) {
            rows.add(new DepartmentCsv.Row(rows.size() + 2, n.name(), n.parentId() == null ? null
                    : names.get(n.parentId()), n.headcount()));
        }
        return DepartmentCsv.write(rows);
    }
}
