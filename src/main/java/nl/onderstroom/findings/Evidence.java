package nl.onderstroom.findings;

import java.util.List;

import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.graph.EdgeFigures;
import nl.onderstroom.map.graph.NodeFigures;

/**
 * What attaches itself to a finding from its parts: the figures the map shows for them, and the stories. Every
 * figure comes from the map after the anonymity rules; a hidden one is {@code null}, exactly as on the map.
 *
 * @param departments the finding's departments with their figures
 * @param connections the finding's connections with their figures
 * @param themes      the finding's themes: the organisation mean and the shown departments' means
 * @param identity    the finding's identity items: intended against perceived
 * @param stories     stories told on the finding's departments and connections (only groups at or above the story
 *                    threshold); for an advisor every story to pick from, for a director only the picked ones
 */
public record Evidence(List<DepartmentFigures> departments, List<ConnectionFigures> connections,
                       List<ThemeFigures> themes, List<IdentityComparison.Row> identity, List<StoryChoice> stories) {

    public Evidence {
        departments = List.copyOf(departments);
        connections = List.copyOf(connections);
        themes = List.copyOf(themes);
        identity = List.copyOf(identity);
        stories = List.copyOf(stories);
    }

    /** The picked stories only, in the finding's order. */
    public List<StoryChoice> pickedStories() {
        return stories.stream().filter(StoryChoice::picked).toList();
    }

    /** A department and its figures ({@code null} when suppressed). */
    public record DepartmentFigures(long id, String name, NodeFigures figures) {
    }

    /** A connection and its figures ({@code null} when hidden). */
    public record ConnectionFigures(long from, long to, String fromName, String toName, EdgeFigures figures) {
    }

    /** A theme: organisation mean ({@code null} when none shown) and the shown departments' means, highest first. */
    public record ThemeFigures(String key, Double organisationMean, List<DepartmentMean> departments) {

        public ThemeFigures {
            departments = List.copyOf(departments);
        }
    }

    public record DepartmentMean(long departmentId, String name, double mean) {
    }

    /**
     * A story that may be shown as evidence.
     *
     * @param ref    where it was told and its fingerprint
     * @param text   the story
     * @param themes the themes it was tagged with
     * @param picked whether the finding has it
     */
    public record StoryChoice(StoryRef ref, String text, List<String> themes, boolean picked) {

        public StoryChoice {
            themes = List.copyOf(themes);
        }
    }
}
