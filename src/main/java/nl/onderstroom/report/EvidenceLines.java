package nl.onderstroom.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.onderstroom.base.LocalNumbers;
import nl.onderstroom.base.Translations;
import nl.onderstroom.findings.Evidence;
import nl.onderstroom.findings.Part;
import nl.onderstroom.findings.PartKind;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.NodeFigures;

/**
 * A finding's evidence in sentences a reader takes in at a glance, in the reader's language and number format: one
 * line per department, connection, theme and identity item. Used by the report and the presentation's slides, so
 * both say the same. A hidden figure says "hidden", as the map does; nothing is worked out here.
 */
public final class EvidenceLines {

    private EvidenceLines() {
    }

    public static List<String> of(Evidence evidence, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (Evidence.DepartmentFigures d : evidence.departments()) {
            NodeFigures f = d.figures();
            if (f == null) {
                lines.add(t(locale, "report.evidence.departmentHidden", d.name()));
                continue;
            }
            String respondents = f.respondents() == null ? t(locale, "report.evidence.countHidden")
                    : LocalNumbers.count(f.respondents(), locale);
            String line = t(locale, "report.evidence.department", d.name(), respondents,
                    LocalNumbers.decimal(f.cohesion(), 1, locale), LocalNumbers.decimal(f.externalFlow(), 1, locale));
            if (f.island()) {
                line += " " + t(locale, "report.evidence.island");
            }
            if (f.broker()) {
                line += " " + t(locale, "report.evidence.broker");
            }
            lines.add(line);
        }
        for (Evidence.ConnectionFigures c : evidence.connections()) {
            EdgeFigures f = c.figures();
            if (f == null) {
                lines.add(t(locale, "report.evidence.connectionHidden", c.fromName(), c.toName()));
                continue;
            }
            lines.add(t(locale, "report.evidence.connection", c.fromName(), c.toName(),
                    LocalNumbers.decimal(f.meanFlow(), 1, locale), LocalNumbers.decimal(f.meanImportance(), 1, locale),
                    LocalNumbers.percent(f.stopsShare(), locale), LocalNumbers.count(f.respondents(), locale)));
        }
        for (Evidence.ThemeFigures th : evidence.themes()) {
            String strongest = th.departments().isEmpty() ? "–" : th.departments().get(0).name() + " ("
                    + LocalNumbers.decimal(th.departments().get(0).mean(), 1, locale) + ")";
            lines.add(t(locale, "report.evidence.theme", ScanReport.theme(locale, th.key()),
                    LocalNumbers.decimal(th.organisationMean(), 1, locale), strongest));
        }
        for (IdentityComparison.Row row : evidence.identity()) {
            lines.add(t(locale, "report.evidence.identity", t(locale, "map.identity.key." + row.key()),
                    LocalNumbers.decimal(row.intended(), 1, locale), LocalNumbers.decimal(row.perceived(), 1, locale)));
        }
        return lines;
    }

    /** The names of a finding's parts, for "About: ...". */
    public static List<String> parts(List<Part> parts, java.util.function.LongFunction<String> name, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            out.add(switch (p.kind()) {
                case DEPARTMENT -> name.apply(p.departmentId());
                case CONNECTION -> name.apply(p.departmentId()) + " → " + name.apply(p.targetDepartmentId());
                case THEME -> ScanReport.theme(locale, p.key());
                case IDENTITY -> t(locale, "map.identity.key." + p.key());
            });
        }
        return out;
    }

    private static String t(Locale locale, String key, Object... args) {
        return Translations.get(locale, key, args);
    }
}
