package nl.onderstroom.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.onderstroom.base.Translations;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.ScanService.ScanSummary;

/**
 * The information sheet for the works council (ondernemingsraad), made before a scan opens so that it can be
 * shared for consent: purpose, what is collected and what not, who sees what and when, the thresholds, retention,
 * and who is responsible. Every sentence is true of the software: the figures come from the scan, its question set
 * and the organisation's retention setting, the rules from the code that applies them.
 */
final class WorksCouncilSheet {

    /** Everything the sheet says about one scan. */
    record Facts(ScanSummary scan, String organisationName, QuestionSet questions, int retentionMonths) {
    }

    private WorksCouncilSheet() {
    }

    static byte[] pdf(Facts facts, Locale locale) {
        ScanSummary scan = facts.scan();
        PdfWriter pdf = new PdfWriter(t(locale, "report.council.title") + " – " + scan.name(), locale.getLanguage());
        pdf.title(t(locale, "report.council.title"));
        pdf.subtitle(scan.name() + " · " + facts.organisationName());
        pdf.paragraph(period(scan, locale), PdfWriter.SMALL);

        pdf.heading(t(locale, "report.council.purpose.title"));
        pdf.paragraph(t(locale, "report.council.purpose.text"));
        pdf.paragraph(t(locale, "report.council.purpose.voluntary"));

        pdf.heading(t(locale, "report.council.collected.title"));
        pdf.paragraph(t(locale, "report.council.collected.intro"));
        QuestionSet q = facts.questions();
        pdf.subheading(t(locale, "report.council.section.connections"));
        pdf.bullets(texts(q, QuestionSet.Section.CONNECTIONS, locale));
        pdf.subheading(t(locale, "report.council.section.undercurrents"));
        List<String> under = new ArrayList<>(texts(q, QuestionSet.Section.UNDERCURRENTS, locale));
        under.add(t(locale, "report.council.themes", String.join(", ",
                q.themes().stream().map(th -> th.label().in(locale)).toList())));
        pdf.bullets(under);
        pdf.subheading(t(locale, "report.council.section.identity"));
        pdf.bullets(texts(q, QuestionSet.Section.IDENTITY, locale));
        pdf.paragraph(t(locale, "report.council.collected.directors"));
        pdf.paragraph(t(locale, "report.council.collected.ownWords"));

        pdf.heading(t(locale, "report.council.notCollected.title"));
        pdf.bullets(List.of(t(locale, "report.council.notCollected.identity"),
                t(locale, "report.council.notCollected.link"),
                t(locale, "report.council.notCollected.logs")));

        pdf.heading(t(locale, "report.council.whoSees.title"));
        pdf.bullets(List.of(t(locale, "report.council.whoSees.respondents"),
                t(locale, "report.council.whoSees.advisor"),
                t(locale, "report.council.whoSees.directors"),
                t(locale, "report.council.whoSees.admin"),
                t(locale, "report.council.whoSees.nobody")));

        pdf.heading(t(locale, "report.council.thresholds.title"));
        int k = Math.max(scan.threshold(), MapSettings.MIN_K);
        int story = Math.max(Math.max(scan.storyThreshold(), scan.threshold()), MapSettings.MIN_K);
        pdf.bullets(List.of(t(locale, "report.council.thresholds.k", k),
                t(locale, "report.council.thresholds.story", story),
                t(locale, "report.council.thresholds.subtraction"),
                t(locale, "report.council.thresholds.live", k),
                t(locale, "report.council.thresholds.afterClose"),
                t(locale, "report.council.thresholds.minimum", MapSettings.MIN_K)));

        pdf.heading(t(locale, "report.council.retention.title"));
        pdf.bullets(List.of(t(locale, "report.council.retention.drafts"),
                t(locale, "report.council.retention.texts", facts.retentionMonths()),
                t(locale, "report.council.retention.figures"),
                t(locale, "report.council.retention.erase")));

        pdf.heading(t(locale, "report.council.responsible.title"));
        pdf.paragraph(t(locale, "report.council.responsible.text", facts.organisationName()));
        pdf.paragraph(t(locale, "report.council.responsible.questions"));
        return pdf.finish();
    }

    private static List<String> texts(QuestionSet q, QuestionSet.Section section, Locale locale) {
        List<String> out = new ArrayList<>();
        for (QuestionSet.Question question : q.questions()) {
            if (question.section() == section) {
                String text = question.text().in(locale);
                out.add(question.type() == QuestionSet.Type.TEXT ? text + " " + t(locale, "report.council.ownWords")
                        : text);
            }
        }
        if (section == QuestionSet.Section.CONNECTIONS) {
            out.add(0, t(locale, "report.council.department"));
        }
        return out;
    }

    private static String period(ScanSummary scan, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        LocalDate opens = scan.opensOn();
        LocalDate closes = scan.closesOn();
        if (opens != null && closes != null) {
            return t(locale, "report.council.period", f.format(opens), f.format(closes));
        }
        return t(locale, "report.council.periodOpen");
    }

    private static String t(Locale locale, String key, Object... args) {
        return Translations.get(locale, key, args);
    }
}
