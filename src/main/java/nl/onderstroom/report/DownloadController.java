package nl.onderstroom.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.map.MapExports;
import nl.onderstroom.map.ResultsNotYet;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import nl.onderstroom.map.MapService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results' download buttons, for whoever is signed in to the screens (directors included, who have no API
 * access): the same documents as the API, behind the session and the same service access rules.
 * {@code /downloads/scans/{id}/report.pdf|map.png|matrix.csv|map-graph.graphml}.
 */
@Controller
class DownloadController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType GRAPHML = new MediaType("application", "graphml+xml", StandardCharsets.UTF_8);

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final ReportService reports;
    private final MapService maps;

    DownloadController(ReportService reports, MapService maps) {
        this.reports = reports;
        this.maps = maps;
    }

    @GetMapping("/downloads/scans/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) String lang, Locale locale) {
        Locale language = Languages.of(lang, locale);
        return file(reports.report(id, language), MediaType.APPLICATION_PDF,
                "scan-" + id + "-report-" + language.getLanguage() + ".pdf");
    }

    @GetMapping("/downloads/scans/{id}/map.png")
    ResponseEntity<byte[]> png(@PathVariable long id, @RequestParam(required = false) String lang, Locale locale) {
        Locale language = Languages.of(lang, locale);
        return file(reports.mapPng(id, language), MediaType.IMAGE_PNG, "scan-" + id + "-map-" + language.getLanguage() + ".png");
    }

    @GetMapping("/downloads/scans/{id}/matrix.csv")
    ResponseEntity<byte[]> matrix(@PathVariable long id) {
        return file(MapExports.matrixCsv(maps.export(id).map()).getBytes(StandardCharsets.UTF_8), CSV,
                "scan-" + id + "-matrix.csv");
    }

    @GetMapping("/downloads/scans/{id}/map-graph.graphml")
    ResponseEntity<byte[]> graphml(@PathVariable long id) {
        return file(MapExports.graphml(maps.export(id).map()).getBytes(StandardCharsets.UTF_8), GRAPHML,
                "scan-" + id + "-map.graphml");
    }

    @GetMapping("/downloads/scans/{id}/works-council-sheet.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable long id, @RequestParam(required = false) String lang, Locale locale) {
        Locale language = Languages.of(lang, locale);
        return file(reports.worksCouncilSheet(id, language), MediaType.APPLICATION_PDF,
                "scan-" + id + "-works-council-" + language.getLanguage() + ".pdf");
    }

    /** A refusal the browser shows as a line of text in the reader's language; nothing else of the error. */
    @org.springframework.web.bind.annotation.ExceptionHandler(UserError.class)
    ResponseEntity<String> refused(UserError error, Locale locale) {
        HttpStatus status = error instanceof NotFound ? HttpStatus.NOT_FOUND
                : error instanceof ResultsNotYet ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        return ResponseEntity.status(status).contentType(TEXT).body(Translations.text(locale, error));
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(Locale locale) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(TEXT)
                .body(Translations.get(locale, "base.error.forbidden"));
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
