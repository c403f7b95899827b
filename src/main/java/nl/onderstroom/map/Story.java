package nl.onderstroom.map;

import java.util.List;

/**
 * A free-text story as shown on the map: the text and the undercurrent themes it was tagged with. Not linked to
 * a person or a response; shown only in a shuffled group of at least the scan's story threshold.
 */
public record Story(String text, List<String> themes) {

    public Story {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
