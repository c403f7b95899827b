package nl.onderstroom.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import nl.onderstroom.base.LocalNumbers;
import nl.onderstroom.base.Translations;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.NodeFigures;

/**
 * The figures of a finding's evidence as short lines in the reader's language, numbers in their locale: for the
 * findings screen, the presentation and the report. A hidden figure says "hidden for anonymity", never a number.
 */
public final class EvidenceLines {

    private EvidenceLines() {
    }

    public static List<String> of(Evidence evidence, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Evidence.DepartmentFigures d : evidence.departments()) {
            NodeFigures f = d.figures();
            out.add(f == null ? Translations.get(locale, "findings.evidence.departmentHidden", d.name())
                    : Translations.get(locale, "findings.evidence.department", d.name(), number(f.cohesion(), locale),
                    number(f.externalFlow(), locale)));
        }
        for (Evidence.ConnectionFigures c : evidence.connections()) {
            EdgeFigures f = c.figures();
            out.add(f == null ? Translations.get(locale, "findings.evidence.connectionHidden", c.fromName(), c.toName())
                    : Translations.get(locale, "findings.evidence.connection", c.fromName(), c.toName(),
                    number(f.meanFlow(), locale), number(f.meanImportance(), locale), percent(f.stopsShare(), locale)));
        }
        for (Evidence.ThemeFigures t : evidence.themes()) {
            String name = SuggestionRules.themeName(locale, t.key());
            if (t.organisationMean() == null) {
                out.add(Translations.get(locale, "findings.evidence.themeHidden", name));
            } else if (t.departments().isEmpty()) {
                out.add(Translations.get(locale, "findings.evidence.themeOrganisation", name,
                        number(t.organisationMean(), locale)));
            } else {
                Evidence.DepartmentMean most = t.departments().get(0);
                out.add(Translations.get(locale, "findings.evidence.theme", name, number(t.organisationMean(), locale),
                        most.name(), number(most.mean(), locale)));
            }
        }
        for (IdentityComparison.Row r : evidence.identity()) {
            out.add(Translations.get(locale, "findings.evidence.identity", SuggestionRules.identityName(locale, r.key()),
                    number(r.intended(), locale), number(r.perceived(), locale)));
        }
        return out;
    }

    /** One decimal in the reader's locale, or a dash when hidden. */
    public static String number(Double value, Locale locale) {
        return LocalNumbers.decimal(value, 1, locale);
    }

    private static String percent(Double share, Locale locale) {
        return LocalNumbers.percent(share, locale);
    }

    /** The departments a finding's focused map shows: its departments and both ends of its connections. */
    public static Set<Long> focus(List<Part> parts) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Part p : parts) {
            if (p.kind() == PartKind.DEPARTMENT || p.kind() == PartKind.CONNECTION) {
                ids.add(p.departmentId());
            }
            if (p.kind() == PartKind.CONNECTION) {
                ids.add(p.targetDepartmentId());
            }
        }
        return ids;
    }
}
