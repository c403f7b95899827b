package nl.onderstroom.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import nl.onderstroom.base.LocalNumbers;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.map.graph.StopRankingEntry;

/**
 * The plain sentences the map page and a director's start page lead with: where collaboration stops most, and which
 * departments are islands. Built only from what the map shows (its stop ranking and island list already passed the anonymity rules),
 * so a sentence never says more than the figures below it.
 *
 * @param translate a translation lookup, {@code (key, arguments) -> text}, in the user's language
 */
public record LeadSentences(ScanResults results, Locale locale, BiFunction<String, Object[], String> translate) {

    /** How far down the ranking the reverse direction may be to speak of the pair ("between A and B"). */
    private static final int PAIR_WITHIN = 3;

    /** Whether nothing at all can be shown: every department is hidden (or there is none). */
    public static boolean allHidden(OrganisationMap map) {
        return map.nodes().stream().allMatch(MapNode::suppressed);
    }

    /** "Too few answered" alone, or the sentence on where it stops and the one on islands. */
    public List<String> sentences() {
        OrganisationMap map = results.map();
        if (allHidden(map)) {
            return List.of(text("map.lead.tooFew", results.scan().threshold()));
        }
        return List.of(stops(map), islands(map));
    }

    private String stops(OrganisationMap map) {
        List<StopRankingEntry> ranking = map.stopRanking();
        if (ranking.isEmpty()) {
            return text("map.lead.stopsNone");
        }
        StopRankingEntry top = ranking.get(0);
        Optional<StopRankingEntry> reverse = ranking.stream().limit(PAIR_WITHIN)
                .filter(e -> e.from() == top.to() && e.to() == top.from()).findFirst();
        String from = results.name(top.from());
        String to = results.name(top.to());
        String share = LocalNumbers.percent(top.stopsShare(), locale);
        return reverse.map(r -> text("map.lead.stopsPair", from, to, share, LocalNumbers.percent(r.stopsShare(), locale)))
                .orElseGet(() -> text("map.lead.stopsOne", from, to, share));
    }

    private String islands(OrganisationMap map) {
        List<String> names = new ArrayList<>();
        map.islands().forEach(id -> names.add(results.name(id)));
        if (names.isEmpty()) {
            return text(map.metrics().suppressedDepartments() > 0 ? "map.lead.islandNoneShown" : "map.lead.islandNone");
        }
        return names.size() == 1 ? text("map.lead.islandOne", names.get(0))
                : text("map.lead.islandMany", join(names));
    }

    /** "A", "A and B", "A, B and C". */
    private String join(List<String> names) {
        String last = names.get(names.size() - 1);
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + text("map.lead.and") + " " + last;
    }

    private String text(String key, Object... args) {
        return translate.apply(key, args);
    }
}
