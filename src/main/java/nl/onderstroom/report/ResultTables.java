package nl.onderstroom.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.onderstroom.base.LocalNumbers;
import nl.onderstroom.base.Translations;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.RecurringWord;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;

/**
 * The report's tables of results ({@link ScanReport} puts them in order): the connection matrix, the themes per
 * department and the identity gap, each from the same shown figures as the results screens. Changes when a table
 * changes, not when the report's order or its cover and findings do.
 */
final class ResultTables {

    /** Matrices wider than this become a list of connections: a table of more columns no longer fits A4. */
    static final int MATRIX_MAX = 12;

    private ResultTables() {
    }

    static void matrix(PdfWriter pdf, ScanResults r, Locale locale) {
        OrganisationMap map = r.map();
        List<MapNode> nodes = ScanReport.sorted(map);
        pdf.heading(t(locale, "map.matrix.title"));
        if (nodes.size() <= MATRIX_MAX) {
            pdf.paragraph(t(locale, "map.matrix.explain"), PdfWriter.SMALL);
            float[] widths = new float[nodes.size() + 1];
            widths[0] = 3;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 1.4f;
            }
            List<String> header = new ArrayList<>();
            header.add(t(locale, "map.matrix.corner"));
            nodes.forEach(n -> header.add(n.name()));
            List<List<String>> rows = new ArrayList<>();
            for (MapNode from : nodes) {
                List<String> row = new ArrayList<>();
                row.add(from.name());
                for (MapNode to : nodes) {
                    if (from.id() == to.id()) {
                        row.add(from.suppressed() ? "×" : LocalNumbers.decimal(from.figures().cohesion(), 1, locale));
                    } else if (from.suppressed() || to.suppressed()) {
                        row.add("×");
                    } else {
                        row.add(map.edge(from.id(), to.id()).map(e -> LocalNumbers.decimal(e.figures().meanFlow(), 1, locale))
                                .orElse(""));
                    }
                }
                rows.add(row);
            }
            pdf.table(widths, header, rows);
        } else {
            pdf.paragraph(t(locale, "report.matrix.asList"), PdfWriter.SMALL);
            List<List<String>> rows = new ArrayList<>();
            for (MapEdge e : map.edges()) {
                rows.add(List.of(r.name(e.from()) + " → " + r.name(e.to()), LocalNumbers.count(e.figures().respondents(), locale),
                        LocalNumbers.decimal(e.figures().meanFlow(), 1, locale), LocalNumbers.decimal(e.figures().meanImportance(), 1, locale),
                        LocalNumbers.percent(e.figures().stopsShare(), locale)));
            }
            pdf.table(new float[]{5, 2, 2, 2, 2}, List.of(t(locale, "report.col.connection"), t(locale, "report.col.respondents"),
                    t(locale, "report.col.flow"), t(locale, "report.col.importance"), t(locale, "report.col.stops")), rows);
        }
    }

    static void themes(PdfWriter pdf, ScanResults r, Locale locale) {
        List<String> themes = r.scan().themeKeys() == null ? List.of() : r.scan().themeKeys();
        pdf.heading(t(locale, "map.tabs.themes"));
        if (themes.isEmpty()) {
            pdf.paragraph(t(locale, "report.themes.none"));
            return;
        }
        pdf.paragraph(t(locale, "report.themes.explain"), PdfWriter.SMALL);
        float[] widths = new float[themes.size() + 1];
        widths[0] = 3;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.5f;
        }
        List<String> header = new ArrayList<>();
        header.add(t(locale, "map.themes.corner"));
        themes.forEach(th -> header.add(ScanReport.theme(locale, th)));
        List<List<String>> rows = new ArrayList<>();
        for (MapNode n : ScanReport.sorted(r.map())) {
            List<String> row = new ArrayList<>();
            row.add(n.name());
            for (String th : themes) {
                row.add(n.suppressed() ? "×" : n.figures().themeMeans().get(th) == null ? ""
                        : LocalNumbers.decimal(n.figures().themeMeans().get(th), 1, locale));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>();
        total.add(t(locale, "map.themes.organisation"));
        for (String th : themes) {
            Double mean = r.map().metrics().organisationThemeMeans().get(th);
            total.add(mean == null ? "" : LocalNumbers.decimal(mean, 1, locale));
        }
        rows.add(total);
        pdf.table(widths, header, rows);
    }

    static void identity(PdfWriter pdf, IdentityComparison identity, Locale locale) {
        pdf.heading(t(locale, "report.identity.title"));
        pdf.paragraph(t(locale, "map.identity.explain"), PdfWriter.SMALL);
        List<List<String>> rows = new ArrayList<>();
        for (IdentityComparison.Row row : identity.rows()) {
            rows.add(List.of(t(locale, "map.identity.key." + row.key()), LocalNumbers.decimal(row.intended(), 1, locale),
                    LocalNumbers.decimal(row.perceived(), 1, locale), LocalNumbers.signed(row.gap(), locale)));
        }
        pdf.table(new float[]{5, 2, 2, 2}, List.of("", t(locale, "map.identity.intended"),
                t(locale, "map.identity.perceived"), t(locale, "report.col.gap")), rows);
        for (IdentityComparison.QuestionWords q : identity.words()) {
            if (q.intended() == null && q.perceived() == null) {
                continue;
            }
            pdf.subheading(t(locale, "map.identity.question." + q.question().name().toLowerCase(Locale.ROOT)));
            if (q.intended() != null) {
                pdf.labelled(t(locale, "map.identity.intended") + ":", words(q.intended(), locale));
            }
            if (q.perceived() != null) {
                pdf.labelled(t(locale, "map.identity.perceived") + ":", words(q.perceived(), locale));
            }
        }
    }

    private static String words(List<RecurringWord> words, Locale locale) {
        if (words.isEmpty()) {
            return t(locale, "map.identity.noRecurring");
        }
        return String.join(", ", words.stream().limit(12).map(w -> w.word() + " (" + w.answers() + ")").toList());
    }

    private static String t(Locale locale, String key, Object... args) {
        return Translations.get(locale, key, args);
    }
}
