package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderstroom.base.Translations;

/**
 * What a respondent reads before they start: what is stored, where, until when, and who sees what. Every line is
 * a claim about the software; StatementClaimsTest and StatementClaimsIT pin each one to the behaviour behind it.
 * The numbers come from the scan and the organisation (never from the text), and the thresholds are the ones the
 * results apply: a figure from {@link #figuresFrom} people, a text shown word for word from {@link #textsFrom}.
 *
 * @param lines in reading order
 */
public record PrivacyStatement(List<Line> lines) {

    /**
     * One sentence or two of the statement.
     *
     * @param id   stable, for tests and the page (the element id is {@code statement-<id>}, the retention line's
     *             {@code intro-retention})
     * @param key  the translation key
     * @param args its arguments
     */
    public record Line(String id, String key, List<Object> args) {

        public String text(Locale locale) {
            return Translations.get(locale, key, args.toArray());
        }
    }

    /** The statement for a scan as its respondents see it. */
    public static PrivacyStatement of(RespondentService.SurveyInfo info) {
        return of(info.organisationName(), info.privacyContact(), info.threshold(), info.storyThreshold(),
                info.textRetentionMonths());
    }

    /**
     * @param contact whom to ask about one's data, as the organisation gave it; null or blank when none was given
     */
    public static PrivacyStatement of(String organisation, String contact, int threshold, int storyThreshold,
                                      int retentionMonths) {
        int figures = figuresFrom(threshold);
        int texts = textsFrom(threshold, storyThreshold);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("purpose", "scan.statement.purpose", List.of(organisation)));
        lines.add(new Line("responsible", "scan.statement.responsible", List.of(organisation)));
        lines.add(contact == null || contact.isBlank()
                ? new Line("contact", "scan.statement.noContact", List.of())
                : new Line("contact", "scan.statement.contact", List.of(contact.strip())));
        // the older keys of the intro keep their two arguments (figures, texts), whatever line uses them
        lines.add(new Line("whoSees", "scan.survey.intro.whoSees", List.of(figures, texts)));
        lines.add(new Line("threshold", "scan.survey.intro.threshold", List.of(figures, texts)));
        lines.add(new Line("texts", "scan.survey.intro.texts", List.of(figures, texts)));
        lines.add(new Line("retention", "retention.survey.intro", List.of(retentionMonths)));
        lines.add(new Line("stored", "scan.survey.intro.stored", List.of(figures, texts)));
        lines.add(new Line("draft", "scan.survey.intro.draft", List.of(figures, texts)));
        lines.add(new Line("email", "scan.statement.email", List.of()));
        lines.add(new Line("notStored", "scan.survey.intro.notStored", List.of(figures, texts)));
        return new PrivacyStatement(List.copyOf(lines));
    }

    /** From how many people a figure is shown: the scan's threshold, never below {@link ScanService#MIN_THRESHOLD}. */
    public static int figuresFrom(int threshold) {
        return Math.max(threshold, ScanService.MIN_THRESHOLD);
    }

    /** From how many written answers texts are shown word for word: the story threshold, never below the figures'. */
    public static int textsFrom(int threshold, int storyThreshold) {
        return Math.max(storyThreshold, figuresFrom(threshold));
    }

    public Line line(String id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line " + id));
    }

    /** The whole statement as one text, for tests and the plain-text places. */
    public String text(Locale locale) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            out.append(line.text(locale)).append('\n');
        }
        return out.toString();
    }
}
