package nl.onderstroom.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.Story;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;
import org.springframework.stereotype.Component;

/**
 * The evidence of a finding's parts, read from the map as it is shown (after the anonymity rules): the figures of
 * departments, connections, themes and identity questions, and the stories told about them. Callers have checked
 * access; the map service checks it again.
 */
@Component
class FindingEvidence {

    private final MapService maps;

    FindingEvidence(MapService maps) {
        this.maps = maps;
    }

    /**
     * The evidence of {@code parts}, with the {@code picked} stories marked; with {@code pickedOnly} only the picked
     * stories still shown, in the picked order (what directors see).
     */
    Evidence of(long scanId, List<Part> parts, List<StoryRef> picked, boolean pickedOnly) {
        OrganisationMap map = maps.map(scanId);
        List<Evidence.DepartmentFigures> departments = new ArrayList<>();
        List<Evidence.ConnectionFigures> connections = new ArrayList<>();
        List<Evidence.ThemeFigures> themes = new ArrayList<>();
        List<IdentityComparison.Row> identity = new ArrayList<>();
        List<Evidence.StoryChoice> stories = new ArrayList<>();
        Set<StoryRef> pickedSet = new HashSet<>(picked);
        IdentityComparison identityComparison = null;
        for (Part p : parts) {
            switch (p.kind()) {
                case DEPARTMENT -> {
                    MapNode node = map.node(p.departmentId()).orElse(null);
                    if (node == null) {
                        continue;
                    }
                    departments.add(new Evidence.DepartmentFigures(node.id(), node.name(), node.figures()));
                    addStories(stories, pickedSet, new StoryKey(node.id(), null),
                            maps.departmentStories(scanId, node.id()));
                }
                case CONNECTION -> {
                    long from = p.departmentId();
                    long to = p.targetDepartmentId();
                    if (map.node(from).isEmpty() || map.node(to).isEmpty()) {
                        continue;
                    }
                    connections.add(new Evidence.ConnectionFigures(from, to, name(map, from), name(map, to),
                            map.edge(from, to).map(e -> e.figures()).orElse(null)));
                    addStories(stories, pickedSet, new StoryKey(from, to), maps.connectionStories(scanId, from, to));
                }
                case THEME -> themes.add(theme(map, p.key()));
                case IDENTITY -> {
                    if (identityComparison == null) {
                        identityComparison = maps.identity(scanId);
                    }
                    identityComparison.rows().stream().filter(r -> r.key().equals(p.key())).findFirst()
                            .ifPresent(identity::add);
                }
            }
        }
        if (pickedOnly) {
            // in the finding's order, only those still shown
            List<Evidence.StoryChoice> ordered = new ArrayList<>();
            for (StoryRef ref : picked) {
                stories.stream().filter(s -> s.ref().equals(ref)).findFirst().ifPresent(ordered::add);
            }
            stories = ordered;
        }
        return new Evidence(departments, connections, themes, identity, stories);
    }

    private static Evidence.ThemeFigures theme(OrganisationMap map, String key) {
        List<Evidence.DepartmentMean> means = map.nodes().stream()
                .filter(n -> n.figures() != null && n.figures().themeMeans().get(key) != null)
                .map(n -> new Evidence.DepartmentMean(n.id(), n.name(), n.figures().themeMeans().get(key)))
                .sorted(Comparator.comparingDouble((Evidence.DepartmentMean m) -> -m.mean())
                        .thenComparingLong(Evidence.DepartmentMean::departmentId))
                .toList();
        return new Evidence.ThemeFigures(key, map.metrics().organisationThemeMeans().get(key), means);
    }

    private record StoryKey(long departmentId, Long targetDepartmentId) {
    }

    private static void addStories(List<Evidence.StoryChoice> out, Set<StoryRef> picked, StoryKey where,
                                   List<Story> shown) {
        Set<String> seen = new HashSet<>();
        // sorted by fingerprint: the shuffled order of the map says nothing, and a stable list is easier to pick from
        shown.stream()
                .map(s -> new Evidence.StoryChoice(new StoryRef(where.departmentId(), where.targetDepartmentId(),
                        StoryRef.fingerprintOf(s.text())), s.text(), s.themes(), false))
                .sorted(Comparator.comparing(c -> c.ref().fingerprint()))
                .filter(c -> seen.add(c.ref().fingerprint()))
                .forEach(c -> out.add(new Evidence.StoryChoice(c.ref(), c.text(), c.themes(), picked.contains(c.ref()))));
    }

    private static String name(OrganisationMap map, long id) {
        return map.node(id).map(MapNode::name).orElse("#" + id);
    }
}
