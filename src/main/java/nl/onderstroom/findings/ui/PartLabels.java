package nl.onderstroom.findings.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.onderstroom.findings.Part;
import nl.onderstroom.findings.SuggestionRules;
import nl.onderstroom.map.ScanResults;

/** How a part reads on screen: a department's name, "A → B", a theme's or identity item's name. */
final class PartLabels {

    private PartLabels() {
    }

    static String label(Part part, ScanResults results, Locale locale) {
        return switch (part.kind()) {
            case DEPARTMENT -> results.name(part.departmentId());
            case CONNECTION -> results.name(part.departmentId()) + " → " + results.name(part.targetDepartmentId());
            case THEME -> SuggestionRules.themeName(locale, part.key());
            case IDENTITY -> SuggestionRules.identityName(locale, part.key());
        };
    }

    static String summary(List<Part> parts, ScanResults results, Locale locale) {
        return parts.stream().map(p -> label(p, results, locale)).collect(Collectors.joining(" · "));
    }
}
