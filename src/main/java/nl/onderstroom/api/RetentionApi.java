package nl.onderstroom.api;

import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.RetentionService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An organisation's retention period, and erasure of a whole scan or organisation on request (docs/privacy.md). */
@RestController
class RetentionApi {

    record Retention(Integer months) {
    }

    private final OrganisationService organisations;
    private final RetentionService retention;

    RetentionApi(OrganisationService organisations, RetentionService retention) {
        this.organisations = organisations;
        this.retention = retention;
    }

    @GetMapping("/api/v1/organisations/{id}/retention")
    Retention get(@PathVariable long id) {
        return new Retention(organisations.retentionMonths(id));
    }

    @PutMapping("/api/v1/organisations/{id}/retention")
    Retention change(@PathVariable long id, @RequestBody Retention body) {
        return new Retention(organisations.changeRetentionMonths(id, body.months()));
    }

    @DeleteMapping("/api/v1/scans/{id}")
    ResponseEntity<Void> eraseScan(@PathVariable long id) {
        retention.eraseScan(id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/organisations/{id}")
    ResponseEntity<Void> eraseOrganisation(@PathVariable long id) {
        retention.eraseOrganisation(id);
        return ResponseEntity.noContent().build();
    }
}
