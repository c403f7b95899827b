package nl.onderstroom.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.onderstroom.base.LocalNumbers;
import nl.onderstroom.base.Translations;
import nl.onderstroom.findings.Narrative;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.ResultsMethod;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.graph.MapMetrics;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.map.graph.StopRankingEntry;

/**
 * The PDF report of a scan: cover, method and anonymity statement, response overview, the map with its legend,
 * where collaboration stops, the matrix, the themes, the identity gap, then the findings with their evidence and
 * the actions. It is written only from what the results screens show (the map after the anonymity rules, the
 * identity comparison, the findings service's evidence), so it cannot say more than they do.
 */
final class ScanReport {


    /** Everything the report prints. */
    record Content(ScanResults results, IdentityComparison identity, String organisationName, LocalDate madeOn,
                   List<FindingSection> findings) {
    }

    /** One finding as the report prints it, with its evidence and actions, all already checked by the findings service. */
    record FindingSection(String title, String narrative, List<String> parts, List<String> figures,
                          List<String> stories, Set<Long> focus, List<ActionLine> actions) {
    }

    record ActionLine(String what, String owner, LocalDate due, String status, boolean overdue) {
    }

    private ScanReport() {
    }

    static byte[] pdf(Content c, Locale locale) {
        ScanResults r = c.results();
        OrganisationMap map = r.map();
        PdfWriter pdf = new PdfWriter(t(locale, "report.title") + " – " + r.scan().name(), locale.getLanguage());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);

        // cover
        pdf.title(t(locale, "report.title"));
        pdf.subtitle(r.scan().name());
        pdf.subtitle(c.organisationName());
        if (r.scan().closesOn() != null) {
            pdf.paragraph(t(locale, "report.cover.closed", dates.format(r.scan().closesOn())), PdfWriter.SMALL);
        }
        pdf.paragraph(t(locale, "report.cover.made", dates.format(c.madeOn())), PdfWriter.SMALL);
        pdf.paragraph(t(locale, "report.cover.confidential"), PdfWriter.SMALL);

        // method and anonymity
        int k = Math.max(r.scan().threshold(), MapSettings.MIN_K);
        int story = Math.max(Math.max(r.scan().storyThreshold(), r.scan().threshold()), MapSettings.MIN_K);
        pdf.heading(t(locale, "report.method.title"));
        pdf.bullets(List.of(t(locale, "report.method.k", k), t(locale, "report.method.story", story),
                t(locale, "report.method.subtraction"), t(locale, "report.method.afterClose"),
                t(locale, "report.method.collected"), t(locale, "report.method.notCollected")));
        ResultsMethod method = r.method();
        List<String> provenance = new ArrayList<>();
        provenance.add(!method.anyImported() ? t(locale, "map.method.noneImported")
                : method.importedResponses() == null ? t(locale, "map.method.someImported", k)
                : t(locale, "map.method.imported", method.importedResponses()));
        if (method.openLinkForEveryone()) {
            provenance.add(t(locale, "map.method.openLinkForEveryone"));
        }
        if (method.departments().isEmpty()) {
            provenance.add(t(locale, "map.method.noRemarks"));
        }
        for (ResultsMethod.DepartmentRemark d : method.departments()) {
            StringBuilder text = new StringBuilder(d.name()).append(": ");
            if (d.moreResponsesThanHeadcount()) {
                text.append(t(locale, "map.method.moreResponses", d.headcount())).append(' ');
            }
            if (d.moreCodesThanHeadcount()) {
                text.append(t(locale, "map.method.moreCodes", d.codes(), d.headcount())).append(' ');
            }
            if (d.openLink()) {
                text.append(t(locale, "map.method.openLink"));
            }
            provenance.add(text.toString().strip());
        }
        pdf.subheading(t(locale, "map.method.title"));
        pdf.bullets(provenance);
        pdf.paragraph(t(locale, "map.method.why"), PdfWriter.SMALL);

        // response overview
        MapMetrics m = map.metrics();
        pdf.heading(t(locale, "report.responses.title"));
        pdf.paragraph(m.totalRespondents() == null ? t(locale, "report.responses.totalHidden")
                : t(locale, "report.responses.total", LocalNumbers.count(m.totalRespondents(), locale)));
        pdf.paragraph(t(locale, "report.responses.departments", m.departmentCount(), m.suppressedDepartments(), k));
        List<List<String>> rows = new ArrayList<>();
        for (MapNode n : sorted(map)) {
            if (n.suppressed()) {
                rows.add(List.of(n.name(), t(locale, "map.view.hidden"), "–", "–"));
            } else {
                String respondents = n.figures().respondents() == null ? t(locale, "report.atLeast", k)
                        : LocalNumbers.count(n.figures().respondents(), locale);
                rows.add(List.of(n.name(), respondents, LocalNumbers.percent(n.figures().responseRate(), locale),
                        LocalNumbers.decimal(n.figures().cohesion(), 1, locale)));
            }
        }
        pdf.table(new float[]{4, 2, 2, 2}, List.of(t(locale, "report.col.department"),
                t(locale, "report.col.respondents"), t(locale, "report.col.responseRate"),
                t(locale, "report.col.cohesion")), rows);

        // the map
        pdf.newPage();
        pdf.heading(t(locale, "report.map.title"));
        pdf.paragraph(t(locale, "report.map.measures", LocalNumbers.percent(m.density(), locale),
                LocalNumbers.percent(m.reciprocity(), locale), LocalNumbers.decimal(m.modularity(), 2, locale)));
        pdf.picture(MapPicture.png(new MapPicture.Request(map, null, null, null, Set.of(), true, locale), 2), 2.6f);
        islandsAndBrokers(pdf, r, locale);

        // where it stops
        pdf.heading(t(locale, "map.view.stopRanking"));
        if (map.stopRanking().isEmpty()) {
            pdf.paragraph(t(locale, "map.view.stopRankingEmpty"));
        } else {
            List<List<String>> stops = new ArrayList<>();
            for (StopRankingEntry e : map.stopRanking().stream().limit(10).toList()) {
                stops.add(List.of(r.name(e.from()) + " → " + r.name(e.to()), LocalNumbers.percent(e.stopsShare(), locale),
                        LocalNumbers.decimal(e.meanImportance(), 1, locale), LocalNumbers.decimal(e.meanFlow(), 1, locale)));
            }
            pdf.table(new float[]{5, 2, 2, 2}, List.of(t(locale, "report.col.connection"), t(locale, "report.col.stops"),
                    t(locale, "report.col.importance"), t(locale, "report.col.flow")), stops);
        }

        // matrix
        ResultTables.matrix(pdf, r, locale);
        // themes
        ResultTables.themes(pdf, r, locale);
        // identity
        ResultTables.identity(pdf, c.identity(), locale);

        // findings and actions
        pdf.newPage();
        pdf.heading(t(locale, "report.findings.title"));
        if (c.findings().isEmpty()) {
            pdf.paragraph(t(locale, "report.findings.none"));
        }
        int number = 1;
        for (FindingSection f : c.findings()) {
            pdf.subheading(number++ + ". " + f.title());
            if (!f.parts().isEmpty()) {
                pdf.labelled(t(locale, "report.findings.about"), String.join(", ", f.parts()));
            }
            narrative(pdf, f.narrative());
            if (!f.figures().isEmpty()) {
                pdf.labelled(t(locale, "report.findings.figures"), "");
                pdf.bullets(f.figures());
            }
            if (!f.focus().isEmpty()) {
                pdf.picture(MapPicture.png(new MapPicture.Request(map, null, null, null, f.focus(), false, locale), 2),
                        4f);
            }
            if (!f.stories().isEmpty()) {
                pdf.labelled(t(locale, "report.findings.stories"), "");
                pdf.bullets(f.stories().stream().map(s -> "“" + s + "”").toList());
            }
            if (!f.actions().isEmpty()) {
                List<List<String>> actions = new ArrayList<>();
                for (ActionLine a : f.actions()) {
                    actions.add(List.of(a.what(), a.owner() == null ? "–" : a.owner(),
                            a.due() == null ? "–" : dates.format(a.due()) + (a.overdue() ? " (" + t(locale, "report.actions.overdue") + ")" : ""),
                            a.status()));
                }
                pdf.table(new float[]{5, 3, 3, 2}, List.of(t(locale, "report.col.action"), t(locale, "report.col.owner"),
                        t(locale, "report.col.due"), t(locale, "report.col.status")), actions);
            }
        }
        return pdf.finish();
    }

    /**
     * The narrative as the screens render it ({@link Narrative#toHtml}: paragraphs and lists, nothing else), set as
     * paragraphs and bullet lists; its markup never reaches the page as asterisks.
     */
    private static void narrative(PdfWriter pdf, String markup) {
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(Narrative.toHtml(markup)).body();
        for (org.jsoup.nodes.Element block : body.children()) {
            if (block.tagName().equals("ul") || block.tagName().equals("ol")) {
                pdf.bullets(block.children().stream().map(org.jsoup.nodes.Element::text).toList());
            } else {
                block.select("br").after("\n");
                pdf.paragraph(block.wholeText().replaceAll("[ \t]+", " ").strip());
            }
        }
    }

    private static void islandsAndBrokers(PdfWriter pdf, ScanResults r, Locale locale) {
        OrganisationMap map = r.map();
        List<String> lines = new ArrayList<>();
        lines.add(map.islands().isEmpty() ? t(locale, "report.map.noIslands")
                : t(locale, "report.map.islands", String.join(", ", map.islands().stream().map(r::name).toList())));
        lines.add(map.brokers().isEmpty() ? t(locale, "report.map.noBrokers")
                : t(locale, "report.map.brokers", String.join(", ", map.brokers().stream().map(r::name).toList())));
        if (!map.missingStrategicTies().isEmpty()) {
            lines.add(t(locale, "report.map.strategic", String.join(", ", map.missingStrategicTies().stream().limit(5)
                    .map(g -> r.name(g.from()) + " → " + r.name(g.to())).toList())));
        }
        long crossing = map.clusters().stream().filter(cl -> cl.crossesFormalUnits()).count();
        lines.add(t(locale, "report.map.clusters", map.clusters().size(), crossing));
        pdf.bullets(lines);
    }

    static String theme(Locale locale, String key) {
        String translationKey = "scan.theme." + key;
        String text = Translations.get(locale, translationKey);
        return text.equals(translationKey) ? key : text;
    }

    /** The departments by name, as every table of the report lists them. */
    static List<MapNode> sorted(OrganisationMap map) {
        return map.nodes().stream().sorted(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static String t(Locale locale, String key, Object... args) {
        return Translations.get(locale, key, args);
    }
}
