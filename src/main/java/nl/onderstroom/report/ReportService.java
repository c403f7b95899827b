package nl.onderstroom.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.Translations;
import nl.onderstroom.findings.FocusedMaps;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a scan. The works-council sheet is for the advisors (and administrators) of the organisation, in
 * every status, a draft included: it is shared for consent before the scan opens. The report and the map picture
 * follow the results' access rules ({@link MapService}): advisors once the scan has closed, directors once it is
 * published; another organisation's scan is not found. Each download of results is written to the audit log.
 */
@Service
public class ReportService implements FocusedMaps {

    private final ScanService scans;
    private final OrganisationService organisations;
    private final MapService maps;
    private final ReportFindings findings;
    private final Clock clock;

    ReportService(ScanService scans, OrganisationService organisations, MapService maps, ReportFindings findings,
                  Clock clock) {
        this.scans = scans;
        this.organisations = organisations;
        this.maps = maps;
        this.findings = findings;
        this.clock = clock;
    }

    /** The works-council information sheet as a PDF, in Dutch or English. */
    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public byte[] worksCouncilSheet(long scanId, Locale locale) {
        ScanService.ScanSummary scan = scans.scan(scanId);
        WorksCouncilSheet.Facts facts = new WorksCouncilSheet.Facts(scan,
                organisations.organisation(scan.organisationId()).name(), scans.questionSet(scanId),
                organisations.retentionMonths(scan.organisationId()));
        return WorksCouncilSheet.pdf(facts, language(locale));
    }

    /** The PDF report of a scan's results, findings and actions. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional
    public byte[] report(long scanId, Locale locale) {
        Locale language = language(locale);
        ScanResults results = maps.export(scanId);
        LocalDate today = LocalDate.now(clock);
        ScanReport.Content content = new ScanReport.Content(results, maps.identity(scanId),
                organisations.organisation(results.scan().organisationId()).name(), today,
                findings.sections(results, language, today));
        return ScanReport.pdf(content, language);
    }

    /** The map as a PNG with a title, the scan's name and a legend; every department whole. */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional
    public byte[] mapPng(long scanId, Locale locale) {
        Locale language = language(locale);
        ScanResults results = maps.export(scanId);
        String organisation = organisations.organisation(results.scan().organisationId()).name();
        return MapPicture.png(new MapPicture.Request(results.map(), Translations.get(language, "report.map.title"),
                results.scan().name() + " · " + organisation,
                Translations.get(language, "map.results.threshold", results.scan().threshold()), Set.of(), true,
                language), 2);
    }

    /**
     * A map picture of a scan whose results the caller may see, with the given departments standing out (a slide's
     * focused map). Not audited: it is what the screen shows.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.ADVISOR_NAME, Role.DIRECTOR_NAME})
    @Transactional(readOnly = true)
    @Override
    public byte[] focusedMapPng(long scanId, Set<Long> focus, Locale locale) {
        return MapPicture.png(new MapPicture.Request(maps.map(scanId), null, null, null, focus, false,
                language(locale)), 1.5);
    }

    /** Dutch for a Dutch reader, English for everyone else. */
    static Locale language(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) ? Translations.DUTCH : Translations.ENGLISH;
    }

    /** The findings part of the report; empty until the findings feature supplies it. */
    interface ReportFindings {
        List<ScanReport.FindingSection> sections(ScanResults results, Locale locale, LocalDate today);
    }
}
