package nl.onderstroom.start;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.map.graph.StopRankingEntry;

/**
 * The three plain sentences a director reads first: where collaboration stops most, which departments are islands,
 * and the largest gap between intended and perceived identity. Built only from what the map and the identity
 * comparison show (both passed the anonymity rules), with the same wording as the map page's lead.
 *
 * @param translate a translation lookup in the reader's language
 */
record StartSentences(ScanResults results, IdentityComparison identity, Locale locale,
                      BiFunction<String, Object[], String> translate) {

    /** How far down the ranking the reverse direction may be to speak of the pair (as the map page does). */
    private static final int PAIR_WITHIN = 3;

    List<String> sentences() {
        OrganisationMap map = results.map();
        if (map.nodes().stream().allMatch(MapNode::suppressed)) {
            return List.of(text("map.lead.tooFew", results.scan().threshold()));
        }
        return List.of(stops(map), islands(map), identityGap());
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
        String share = percent(top.stopsShare());
        return reverse.map(r -> text("map.lead.stopsPair", from, to, share, percent(r.stopsShare())))
                .orElseGet(() -> text("map.lead.stopsOne", from, to, share));
    }

    private String islands(OrganisationMap map) {
        List<String> names = new ArrayList<>();
        map.islands().forEach(id -> names.add(results.name(id)));
        if (names.isEmpty()) {
            return text(map.metrics().suppressedDepartments() > 0 ? "map.lead.islandNoneShown" : "map.lead.islandNone");
        }
        if (names.size() == 1) {
            return text("map.lead.islandOne", names.get(0));
        }
        String last = names.get(names.size() - 1);
        return text("map.lead.islandMany", String.join(", ", names.subList(0, names.size() - 1)) + " "
                + text("map.lead.and") + " " + last);
    }

    private String identityGap() {
        Optional<IdentityComparison.Row> widest = identity.rows().stream().filter(r -> r.gap() != null)
                .max(Comparator.comparingDouble(r -> Math.abs(r.gap())));
        if (widest.isEmpty()) {
            return text("start.identity.none");
        }
        IdentityComparison.Row row = widest.get();
        String item = text("start.identity.item." + row.key());
        if (Math.abs(row.gap()) < 0.25) {
            return text("start.identity.close", item, number(row.intended()), number(row.perceived()));
        }
        return text(row.gap() < 0 ? "start.identity.lower" : "start.identity.higher", item, number(row.intended()),
                number(row.perceived()));
    }

    private String percent(double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    private String number(Double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }

    private String text(String key, Object... args) {
        return translate.apply(key, args);
    }
}
