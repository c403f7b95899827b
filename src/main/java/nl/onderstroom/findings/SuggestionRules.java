package nl.onderstroom.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.onderstroom.base.Localized;
import nl.onderstroom.base.Translations;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.WaveComparison;
import nl.onderstroom.map.graph.InformalCluster;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.map.graph.StopRankingEntry;
import nl.onderstroom.map.graph.StrategicGap;

/**
 * The suggestion engine: candidate findings from a computed map, pure code (no Spring, no database). It reads only
 * the objects the results screens show — the {@link OrganisationMap} after the anonymity rules, the
 * {@link IdentityComparison} and the {@link WaveComparison} — never raw tallies, so a suggestion can state nothing
 * that the map itself does not show. The numbers of each rule are documented on its constant.
 */
public final class SuggestionRules {

    /** At most this many "where collaboration stops" suggestions, each with at least {@link #STOP_MIN_SHARE}. */
    public static final int MAX_STOPS = 3;
    /** The share saying collaboration stops from which the map marks a connection as stopping. */
    public static final double STOP_MIN_SHARE = 0.25;
    public static final int MAX_ISLANDS = 3;
    /** A connection is one-sided when the two directions' mean flows differ by at least this (1..5 scale). */
    public static final double ONE_SIDED_MIN_DIFFERENCE = 1.0;
    public static final int MAX_ONE_SIDED = 3;
    public static final int MAX_MISSING_TIES = 3;
    public static final int MAX_BROKERS = 2;
    public static final int MAX_CLUSTERS = 2;
    /** A theme "plays" when its organisation mean is at least this (0..4 scale). */
    public static final double THEME_MIN_MEAN = 2.0;
    public static final int MAX_THEMES = 2;
    /** An identity gap is worth a finding from this difference on (1..5 scale). */
    public static final double IDENTITY_MIN_GAP = 0.5;

    private SuggestionRules() {
    }

    /**
     * The suggestions for a scan, in {@link SuggestionKind} order and, within a kind, strongest first.
     *
     * @param map      the map after the anonymity rules
     * @param identity intended against perceived identity, or {@code null} when not available
     * @param wave     the comparison with the previous wave, or {@code null} when there is none
     */
    public static List<Suggestion> suggest(OrganisationMap map, IdentityComparison identity, WaveComparison wave) {
        List<Suggestion> out = new ArrayList<>();
        stops(map, out);
        islands(map, out);
        oneSided(map, out);
        missingTies(map, out);
        brokers(map, out);
        clusters(map, out);
        themes(map, out);
        identityGap(identity, out);
        wave(map, wave, out);
        return List.copyOf(out);
    }

    private static void stops(OrganisationMap map, List<Suggestion> out) {
        int rank = 0;
        for (StopRankingEntry e : map.stopRanking()) {
            if (rank == MAX_STOPS) {
                break;
            }
            if (e.stopsShare() < STOP_MIN_SHARE - 1e-9 || map.edge(e.from(), e.to()).isEmpty()) {
                continue;
            }
            out.add(new Suggestion(SuggestionKind.STOP, "STOP:" + e.from() + ">" + e.to(), rank++,
                    "findings.suggestion.stop.title", "findings.suggestion.stop.text",
                    List.of(name(map, e.from()), name(map, e.to()), e.stopsShare(), e.meanImportance()),
                    List.of(Part.connection(e.from(), e.to()))));
        }
    }

    private static void islands(OrganisationMap map, List<Suggestion> out) {
        int rank = 0;
        for (long id : map.islands()) {
            if (rank == MAX_ISLANDS) {
                break;
            }
            MapNode node = map.node(id).orElse(null);
            if (node == null || node.figures() == null || node.figures().externalFlow() == null) {
                continue;
            }
            out.add(new Suggestion(SuggestionKind.ISLAND, "ISLAND:" + id, rank++,
                    "findings.suggestion.island.title", "findings.suggestion.island.text",
                    List.of(node.name(), node.figures().externalFlow()), List.of(Part.department(id))));
        }
    }

    private static void oneSided(OrganisationMap map, List<Suggestion> out) {
        List<MapEdge> candidates = map.edges().stream()
                .filter(e -> e.from() < e.to() && e.figures().asymmetry() != null && e.figures().meanFlow() != null
                        && e.figures().reverseMeanFlow() != null
                        && Math.abs(e.figures().asymmetry()) >= ONE_SIDED_MIN_DIFFERENCE - 1e-9)
                .sorted(Comparator.comparingDouble((MapEdge e) -> -Math.abs(e.figures().asymmetry()))
                        .thenComparingLong(MapEdge::from).thenComparingLong(MapEdge::to))
                .limit(MAX_ONE_SIDED).toList();
        int rank = 0;
        for (MapEdge e : candidates) {
            // say it from the side that sees it better: "A rate their work with B 4.2; B rate it with A 2.1"
            boolean fromHigher = e.figures().meanFlow() >= e.figures().reverseMeanFlow();
            long high = fromHigher ? e.from() : e.to();
            long low = fromHigher ? e.to() : e.from();
            double highFlow = Math.max(e.figures().meanFlow(), e.figures().reverseMeanFlow());
            double lowFlow = Math.min(e.figures().meanFlow(), e.figures().reverseMeanFlow());
            out.add(new Suggestion(SuggestionKind.ONE_SIDED, "ONE_SIDED:" + e.from() + "-" + e.to(), rank++,
                    "findings.suggestion.oneSided.title", "findings.suggestion.oneSided.text",
                    List.of(name(map, high), name(map, low), highFlow, lowFlow),
                    List.of(Part.connection(high, low), Part.connection(low, high))));
        }
    }

    private static void missingTies(OrganisationMap map, List<Suggestion> out) {
        int rank = 0;
        for (StrategicGap g : map.missingStrategicTies()) {
            if (rank == MAX_MISSING_TIES) {
                break;
            }
            if (map.edge(g.from(), g.to()).isEmpty()) {
                continue;
            }
            out.add(new Suggestion(SuggestionKind.MISSING_TIE, "MISSING_TIE:" + g.from() + ">" + g.to(), rank++,
                    "findings.suggestion.missingTie.title", "findings.suggestion.missingTie.text",
                    List.of(name(map, g.from()), name(map, g.to()), g.meanImportance(), g.meanFlow()),
                    List.of(Part.connection(g.from(), g.to()))));
        }
    }

    private static void brokers(OrganisationMap map, List<Suggestion> out) {
        int rank = 0;
        for (long id : map.brokers()) {
            if (rank == MAX_BROKERS) {
                break;
            }
            MapNode node = map.node(id).orElse(null);
            if (node == null || node.figures() == null || node.figures().betweenness() == null) {
                continue;
            }
            out.add(new Suggestion(SuggestionKind.BROKER, "BROKER:" + id, rank++,
                    "findings.suggestion.broker.title", "findings.suggestion.broker.text",
                    List.of(node.name(), node.figures().betweenness()), List.of(Part.department(id))));
        }
    }

    private static void clusters(OrganisationMap map, List<Suggestion> out) {
        int rank = 0;
        for (InformalCluster c : map.clusters()) {
            if (rank == MAX_CLUSTERS) {
                break;
            }
            if (!c.crossesFormalUnits() || c.departmentIds().size() < 2) {
                continue;
            }
            List<String> names = c.departmentIds().stream().map(id -> name(map, id)).toList();
            Localized list = locale -> joined(names, locale);
            out.add(new Suggestion(SuggestionKind.CROSS_CLUSTER, "CLUSTER:" + c.departmentIds().stream()
                    .map(String::valueOf).collect(Collectors.joining(",")), rank++,
                    "findings.suggestion.cluster.title", "findings.suggestion.cluster.text",
                    List.of(list, c.departmentIds().size(), c.formalUnitIds().size()),
                    c.departmentIds().stream().map(Part::department).toList()));
        }
    }

    private static void themes(OrganisationMap map, List<Suggestion> out) {
        List<Map.Entry<String, Double>> playing = map.metrics().organisationThemeMeans().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() >= THEME_MIN_MEAN - 1e-9)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_THEMES).toList();
        int rank = 0;
        for (Map.Entry<String, Double> theme : playing) {
            String key = theme.getKey();
            MapNode most = map.nodes().stream()
                    .filter(n -> n.figures() != null && n.figures().themeMeans().get(key) != null)
                    .max(Comparator.comparingDouble((MapNode n) -> n.figures().themeMeans().get(key))
                            .thenComparing(Comparator.comparingLong(MapNode::id).reversed()))
                    .orElse(null);
            Localized themeName = locale -> themeName(locale, key);
            List<Part> parts = new ArrayList<>();
            parts.add(Part.theme(key));
            if (most == null) {
                out.add(new Suggestion(SuggestionKind.THEME, "THEME:" + key, rank++,
                        "findings.suggestion.theme.title", "findings.suggestion.theme.textOrganisation",
                        List.of(themeName, theme.getValue()), parts));
            } else {
                parts.add(Part.department(most.id()));
                out.add(new Suggestion(SuggestionKind.THEME, "THEME:" + key, rank++,
                        "findings.suggestion.theme.title", "findings.suggestion.theme.text",
                        List.of(themeName, theme.getValue(), most.name(), most.figures().themeMeans().get(key)),
                        parts));
            }
        }
    }

    private static void identityGap(IdentityComparison identity, List<Suggestion> out) {
        if (identity == null) {
            return;
        }
        identity.rows().stream()
                .filter(r -> r.gap() != null && Math.abs(r.gap()) >= IDENTITY_MIN_GAP - 1e-9)
                .max(Comparator.comparingDouble((IdentityComparison.Row r) -> Math.abs(r.gap()))
                        .thenComparing(IdentityComparison.Row::key, Comparator.reverseOrder()))
                .ifPresent(r -> {
                    Localized item = locale -> identityName(locale, r.key());
                    out.add(new Suggestion(SuggestionKind.IDENTITY_GAP, "IDENTITY_GAP:" + r.key(), 0,
                            "findings.suggestion.identityGap.title",
                            r.gap() < 0 ? "findings.suggestion.identityGap.textLower"
                                    : "findings.suggestion.identityGap.textHigher",
                            List.of(item, r.perceived(), r.intended(), Math.abs(r.gap())),
                            List.of(Part.identity(r.key()))));
                });
    }

    private static void wave(OrganisationMap map, WaveComparison wave, List<Suggestion> out) {
        if (wave == null) {
            return;
        }
        for (boolean improved : new boolean[] {true, false}) {
            SuggestionKind kind = improved ? SuggestionKind.WAVE_IMPROVED : SuggestionKind.WAVE_WORSENED;
            String prefix = improved ? "WAVE_UP:" : "WAVE_DOWN:";
            String title = improved ? "findings.suggestion.waveImproved.title" : "findings.suggestion.waveWorsened.title";
            int rank = 0;
            WaveComparison.ConnectionChange c = wave.connections().stream()
                    .filter(x -> x.improved() == improved).findFirst().orElse(null);
            if (c != null) {
                out.add(new Suggestion(kind, prefix + "C:" + c.from() + ">" + c.to(), rank++, title,
                        "findings.suggestion.wave.connection",
                        List.of(name(map, c.from()), name(map, c.to()), c.before(), c.after(), wave.earlier().name()),
                        List.of(Part.connection(c.from(), c.to()))));
            }
            WaveComparison.DepartmentChange d = wave.departments().stream()
                    .filter(x -> x.improved() == improved).findFirst().orElse(null);
            if (d != null) {
                out.add(new Suggestion(kind, prefix + "D:" + d.departmentId() + ":" + d.measure().name(), rank, title,
                        d.measure() == Measure.COHESION ? "findings.suggestion.wave.cohesion"
                                : "findings.suggestion.wave.externalFlow",
                        List.of(name(map, d.departmentId()), "", d.before(), d.after(), wave.earlier().name()),
                        List.of(Part.department(d.departmentId()))));
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static String name(OrganisationMap map, long id) {
        return map.node(id).map(MapNode::name).orElse("#" + id);
    }

    /** The display name of a theme key in the reader's language (the key itself for an advisor's own theme). */
    public static String themeName(java.util.Locale locale, String key) {
        String translationKey = "scan.theme." + key;
        String text = Translations.get(locale, translationKey);
        return text.equals(translationKey) ? key : text;
    }

    /** The name of an identity key in a sentence, in the reader's language. */
    public static String identityName(java.util.Locale locale, String key) {
        return switch (key) {
            case "identity" -> Translations.get(locale, "findings.identity.identity");
            case "integrity" -> Translations.get(locale, "findings.identity.integrity");
            case "image" -> Translations.get(locale, "findings.identity.image");
            default -> key;
        };
    }

    /** "A, B and C" / "A, B en C". */
    static String joined(List<String> names, java.util.Locale locale) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        String and = Translations.get(locale, "findings.and");
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }
}
