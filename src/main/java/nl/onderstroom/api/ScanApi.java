package nl.onderstroom.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.onderstroom.base.Translations;
import nl.onderstroom.scan.InvitationCodes;
import nl.onderstroom.scan.InvitationSheets;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.InvitationService.IssuedCodes;
import nl.onderstroom.scan.LiveCountService;
import nl.onderstroom.scan.LiveCountService.ResponseCounts;
import nl.onderstroom.scan.ResponseImport;
import nl.onderstroom.scan.ResponseImport.ImportOutcome;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.ScanService.ScanSettings;
import nl.onderstroom.scan.ScanService.ScanSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Scans for scripts: create, read, change, open, close, publish, invitation codes, counts and response import. */
@RestController
class ScanApi {

    record NewScan(String name) {
    }

    record ScanChange(String name, Integer threshold, Integer storyThreshold, LocalDate opensOn, LocalDate closesOn) {
    }

    record CodeRequest(Long departmentId, Integer count, Boolean director) {
    }

    record Code(String code, String link) {
    }

    record OpenLinkRequest(Long departmentId, Integer cap) {
    }

    record OpenLinkCreated(long id, Long departmentId, int cap, String link) {
    }

    record Imported(int respondents, int connections) {
    }

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ScanService scans;
    private final InvitationService invitations;
    private final LiveCountService liveCounts;
    private final ResponseImport imports;
    private final String publicUrl;

    ScanApi(ScanService scans, InvitationService invitations, LiveCountService liveCounts, ResponseImport imports,
            @Value("${onderstroom.public-url:http://localhost:8080}") String publicUrl) {
        this.scans = scans;
        this.invitations = invitations;
        this.liveCounts = liveCounts;
        this.imports = imports;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/api/v1/organisations/{organisationId}/scans")
    List<ScanSummary> list(@PathVariable long organisationId) {
        return scans.scans(organisationId);
    }

    @PostMapping("/api/v1/organisations/{organisationId}/scans")
    ResponseEntity<ScanSummary> create(@PathVariable long organisationId, @RequestBody NewScan body) {
        ScanSummary created = scans.create(organisationId, body.name());
        return ResponseEntity.created(URI.create("/api/v1/scans/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/scans/{id}")
    ScanSummary get(@PathVariable long id) {
        return scans.scan(id);
    }

    /** Fields left out keep their value. */
    @PutMapping("/api/v1/scans/{id}")
    ScanSummary update(@PathVariable long id, @RequestBody ScanChange body) {
        ScanSummary now = scans.scan(id);
        return scans.update(id, new ScanSettings(body.name() == null ? now.name() : body.name(),
                body.threshold() == null ? now.threshold() : body.threshold(),
                body.storyThreshold() != null ? body.storyThreshold() : body.threshold() == null ? now.storyThreshold() : null,
                body.opensOn() == null ? now.opensOn() : body.opensOn(),
                body.closesOn() == null ? now.closesOn() : body.closesOn()));
    }

    @PostMapping("/api/v1/scans/{id}/open")
    ScanSummary open(@PathVariable long id) {
        return scans.open(id);
    }

    @PostMapping("/api/v1/scans/{id}/close")
    ScanSummary close(@PathVariable long id) {
        return scans.close(id);
    }

    @PostMapping("/api/v1/scans/{id}/publish")
    ScanSummary publish(@PathVariable long id) {
        return scans.publish(id);
    }

    @GetMapping("/api/v1/scans/{id}/questions")
    QuestionSet questions(@PathVariable long id) {
        return scans.questionSet(id);
    }

    @PutMapping("/api/v1/scans/{id}/questions")
    QuestionSet updateQuestions(@PathVariable long id, @RequestBody QuestionSet body) {
        return scans.updateQuestionSet(id, body);
    }

    /**
     * New one-time codes, returned this once: JSON, CSV with {@code ?format=csv}, or the printable sheet (the same PDF
     * the advisor's screen offers) with {@code ?format=pdf}, in the language of {@code ?lang=nl|en} or else of the
     * request's {@code Accept-Language}.
     */
    @PostMapping("/api/v1/scans/{id}/codes")
    ResponseEntity<?> codes(@PathVariable long id, @RequestBody CodeRequest body,
                            @RequestParam(defaultValue = "json") String format,
                            @RequestParam(required = false) String lang, Locale requestLocale) {
        IssuedCodes issued = invitations.issueCodes(id, body.departmentId(), body.count() == null ? 1 : body.count(),
                Boolean.TRUE.equals(body.director()));
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(CSV).header("Content-Disposition", "attachment; filename=\"codes.csv\"")
                    .body(InvitationSheets.csv(issued, publicUrl));
        }
        if ("pdf".equalsIgnoreCase(format)) {
            Locale locale = lang == null || lang.isBlank() ? requestLocale : Locale.forLanguageTag(lang);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "attachment; filename=\"codes.pdf\"")
                    .body(InvitationSheets.pdf(issued, publicUrl, locale));
        }
        return ResponseEntity.ok(issued.codes().stream()
                .map(c -> new Code(InvitationCodes.format(c), InvitationSheets.link(publicUrl, c))).toList());
    }

    @PostMapping("/api/v1/scans/{id}/open-links")
    OpenLinkCreated openLink(@PathVariable long id, @RequestBody OpenLinkRequest body) {
        var created = invitations.createOpenLink(id, body.departmentId(), body.cap() == null ? 100 : body.cap());
        return new OpenLinkCreated(created.link().id(), body.departmentId(), created.link().cap(),
                InvitationSheets.link(publicUrl, created.token()));
    }

    /** Live counts as the advisor's screen shows them: departments below the threshold are null. */
    @GetMapping("/api/v1/scans/{id}/counts")
    ResponseCounts counts(@PathVariable long id) {
        return liveCounts.responseCounts(id);
    }

    /** All or nothing: on any bad line nothing is stored and every problem is listed with its line number. */
    @PostMapping(value = "/api/v1/scans/{id}/responses/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ResponseEntity<?> importResponses(@PathVariable long id, @RequestBody byte[] body, Locale locale) {
        ImportOutcome outcome = imports.importResponses(id, body);
        if (outcome.ok()) {
            return ResponseEntity.ok(new Imported(outcome.respondents(), outcome.connections()));
        }
        return ApiProblems.importRefused("scan.csv.failed", outcome.problems(), locale);
    }
}
