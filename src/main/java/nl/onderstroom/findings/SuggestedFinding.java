package nl.onderstroom.findings;

import java.util.List;

/**
 * A suggestion in the reader's language, as the suggestions screen and the API show it.
 *
 * @param key         stable key within the scan (accept or dismiss by it)
 * @param kind        the rule that made it
 * @param title       short title, which becomes the finding's title when accepted
 * @param text        the one-sentence evidence, numbers in the reader's locale
 * @param parts       what it is about
 * @param departments the departments it is about, by id
 * @param connections the connections it is about, by department id
 */
public record SuggestedFinding(String key, SuggestionKind kind, String title, String text, List<Part> parts,
                               List<Long> departments, List<Connection> connections) {

    public SuggestedFinding {
        parts = List.copyOf(parts);
        departments = List.copyOf(departments);
        connections = List.copyOf(connections);
    }
}
