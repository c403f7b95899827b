package nl.onderstroom.api;

import java.util.Locale;

import nl.onderstroom.report.Languages;
import nl.onderstroom.report.ReportService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A scan's documents for scripts: the PDF report, the works-council information sheet and the map as a PNG, each in
 * Dutch or English ({@code ?lang=nl|en}, else the request's {@code Accept-Language}).
 */
@RestController
@RequestMapping("/api/v1/scans")
class ReportApi {

    private final ReportService reports;

    ReportApi(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, @RequestParam(required = false) String lang, Locale locale) {
        Locale language = Languages.of(lang, locale);
        return file(reports.report(id, language), MediaType.APPLICATION_PDF, "scan-" + id + "-report-" + language.getLanguage() + ".pdf");
    }

    @GetMapping("/{id}/works-council-sheet.pdf")
    ResponseEntity<byte[]> worksCouncilSheet(@PathVariable long id, @RequestParam(required = false) String lang,
                                             Locale locale) {
        Locale language = Languages.of(lang, locale);
        return file(reports.worksCouncilSheet(id, language), MediaType.APPLICATION_PDF,
                "scan-" + id + "-works-council-" + language.getLanguage() + ".pdf");
    }

    @GetMapping("/{id}/map.png")
    ResponseEntity<byte[]> mapPng(@PathVariable long id, @RequestParam(required = false) String lang, Locale locale) {
        Locale language = Languages.of(lang, locale);
        return file(reports.mapPng(id, language), MediaType.IMAGE_PNG, "scan-" + id + "-map-" + language.getLanguage() + ".png");
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
