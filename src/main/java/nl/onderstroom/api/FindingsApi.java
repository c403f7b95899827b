package nl.onderstroom.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.onderstroom.base.Translations;
import nl.onderstroom.findings.ActionView;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.Connection;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.Narrative;
import nl.onderstroom.findings.Part;
import nl.onderstroom.findings.PartKind;
import nl.onderstroom.findings.SuggestedFinding;
import nl.onderstroom.findings.SuggestionsService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A scan's suggested findings and its findings with their actions, for scripts (docs/api.md). The same services as
 * the findings screen, with their access rules; suggestions only from what the map shows.
 */
@RestController
@RequestMapping("/api/v1/scans")
class FindingsApi {

    private final FindingsService findings;
    private final SuggestionsService suggestions;
    private final ActionsService actions;

    FindingsApi(FindingsService findings, SuggestionsService suggestions, ActionsService actions) {
        this.findings = findings;
        this.suggestions = suggestions;
        this.actions = actions;
    }

    /** One suggestion: its stable key, kind, title and evidence sentence, and what it is about by department id. */
    record SuggestionJson(String key, String kind, String title, String text, List<Long> departments,
                          List<Connection> connections, List<String> themes, List<String> identity) {
    }

    record ActionJson(long id, String what, Long ownerId, String ownerName, LocalDate dueOn, String status,
                      boolean overdue) {
    }

    record FindingJson(long id, int position, String title, String narrative, String narrativeHtml,
                       String suggestionKey, List<Long> departments, List<Connection> connections,
                       List<String> themes, List<String> identity, List<ActionJson> actions) {
    }

    @GetMapping("/{id}/suggested-findings")
    Map<String, Object> suggested(@PathVariable long id, @RequestParam(required = false) String lang, Locale locale) {
        Locale language = language(lang, locale);
        List<SuggestionJson> out = new ArrayList<>();
        for (SuggestedFinding s : suggestions.suggestions(id, language)) {
            out.add(new SuggestionJson(s.key(), s.kind().name(), s.title(), s.text(), s.departments(), s.connections(),
                    keys(s.parts(), PartKind.THEME), keys(s.parts(), PartKind.IDENTITY)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scanId", id);
        body.put("language", language.getLanguage());
        body.put("suggestions", out);
        return body;
    }

    @GetMapping("/{id}/findings")
    Map<String, Object> findings(@PathVariable long id) {
        List<ActionView> all = actions.actions(id);
        List<FindingJson> out = new ArrayList<>();
        for (FindingView f : findings.findings(id)) {
            List<ActionJson> own = all.stream().filter(a -> a.findingId() == f.id())
                    .map(a -> new ActionJson(a.id(), a.what(), a.ownerId(), a.ownerName(), a.dueOn(), a.status().name(),
                            a.overdue()))
                    .toList();
            out.add(new FindingJson(f.id(), f.position(), f.title(), f.narrative(), Narrative.toHtml(f.narrative()),
                    f.suggestionKey(), departments(f.parts()), connections(f.parts()), keys(f.parts(), PartKind.THEME),
                    keys(f.parts(), PartKind.IDENTITY), own));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scanId", id);
        body.put("findings", out);
        return body;
    }

    private static Locale language(String lang, Locale requested) {
        if ("nl".equalsIgnoreCase(lang)) {
            return Translations.DUTCH;
        }
        if ("en".equalsIgnoreCase(lang)) {
            return Translations.ENGLISH;
        }
        return "nl".equals(requested == null ? null : requested.getLanguage()) ? Translations.DUTCH
                : Translations.ENGLISH;
    }

    private static List<Long> departments(List<Part> parts) {
        return parts.stream().filter(p -> p.kind() == PartKind.DEPARTMENT).map(Part::departmentId).toList();
    }

    private static List<Connection> connections(List<Part> parts) {
        return parts.stream().filter(p -> p.kind() == PartKind.CONNECTION)
                .map(p -> new Connection(p.departmentId(), p.targetDepartmentId())).toList();
    }

    private static List<String> keys(List<Part> parts, PartKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).map(Part::key).toList();
    }
}
