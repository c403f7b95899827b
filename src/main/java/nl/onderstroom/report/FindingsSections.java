package nl.onderstroom.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.onderstroom.base.Translations;
import nl.onderstroom.findings.ActionView;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.Evidence;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.map.ScanResults;
import org.springframework.stereotype.Component;

/**
 * The report's findings: each with its parts, narrative, figures, focused map, the stories picked as evidence (the
 * findings service gives only stories at or above the story threshold, and to directors only the picked ones) and
 * its actions.
 */
@Component
class FindingsSections implements ReportService.ReportFindings {

    private final FindingsService findings;
    private final ActionsService actions;

    FindingsSections(FindingsService findings, ActionsService actions) {
        this.findings = findings;
        this.actions = actions;
    }

    @Override
    public List<ScanReport.FindingSection> sections(ScanResults results, Locale locale, LocalDate today) {
        List<ScanReport.FindingSection> out = new ArrayList<>();
        for (FindingView f : findings.findings(results.scan().id())) {
            Evidence evidence = findings.evidence(f.id());
            List<ScanReport.ActionLine> lines = new ArrayList<>();
            for (ActionView a : actions.actionsOfFinding(f.id())) {
                lines.add(new ScanReport.ActionLine(a.what(), a.ownerName(), a.dueOn(),
                        Translations.get(locale, "report.actions.status." + a.status().name()), a.overdue()));
            }
            out.add(new ScanReport.FindingSection(f.title(), f.narrative() == null ? "" : f.narrative(),
                    EvidenceLines.parts(f.parts(), results::name, locale), EvidenceLines.of(evidence, locale),
                    evidence.pickedStories().stream().map(Evidence.StoryChoice::text).toList(),
                    nl.onderstroom.findings.EvidenceLines.focus(f.parts()), lines));
        }
        return out;
    }
}
