package nl.onderstroom.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.onderstroom.base.Translations;
import nl.onderstroom.organisation.DepartmentCsvService;
import nl.onderstroom.organisation.DepartmentCsvService.ImportOutcome;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.organisation.OrganisationSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Organisations and their departments, for scripts. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApi {

    record NewOrganisation(String name) {
    }

    record DepartmentRequest(String name, Long parentId, Integer headcount) {

        DepartmentDraft draft() {
            return new DepartmentDraft(name, parentId, headcount == null ? 0 : headcount);
        }
    }

    record ImportResult(int created, int updated) {
    }

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final OrganisationService organisations;
    private final DepartmentCsvService departmentCsv;

    OrganisationApi(OrganisationService organisations, DepartmentCsvService departmentCsv) {
        this.organisations = organisations;
        this.departmentCsv = departmentCsv;
    }

    @GetMapping
    List<OrganisationSummary> list() {
        return organisations.organisations();
    }

    @PostMapping
    ResponseEntity<OrganisationSummary> create(@RequestBody NewOrganisation body) {
        OrganisationSummary created = organisations.create(body.name());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    OrganisationSummary get(@PathVariable long id) {
        return organisations.organisation(id);
    }

    @GetMapping("/{id}/departments")
    List<DepartmentNode> departments(@PathVariable long id) {
        return organisations.departments(id);
    }

    @PostMapping("/{id}/departments")
    ResponseEntity<DepartmentNode> addDepartment(@PathVariable long id, @RequestBody DepartmentRequest body) {
        DepartmentNode created = organisations.addDepartment(id, body.draft());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/departments/" + created.id())).body(created);
    }

    @PutMapping("/{id}/departments/{departmentId}")
    DepartmentNode updateDepartment(@PathVariable long id, @PathVariable long departmentId, @RequestBody DepartmentRequest body) {
        return organisations.updateDepartment(id, departmentId, body.draft());
    }

    @DeleteMapping("/{id}/departments/{departmentId}")
    ResponseEntity<Void> removeDepartment(@PathVariable long id, @PathVariable long departmentId) {
        organisations.removeDepartment(id, departmentId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/{id}/departments.csv", produces = "text/csv")
    ResponseEntity<String> exportDepartments(@PathVariable long id) {
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"departments.csv\"")
                .body(departmentCsv.exportDepartments(id));
    }

    /** All or nothing: on any bad line, nothing changes and every problem is listed with its line number. */
    @PostMapping(value = "/{id}/departments.csv", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<?> importDepartments(@PathVariable long id, @RequestBody byte[] body, Locale locale) {
        ImportOutcome outcome = departmentCsv.importDepartments(id, body);
        if (outcome.ok()) {
            return ResponseEntity.ok(new ImportResult(outcome.created(), outcome.updated()));
        }
        return ApiProblems.importRefused("organisation.csv.failed", outcome.problems(), locale);
    }

}
