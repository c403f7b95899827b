package nl.onderstroom.findings;

import java.util.List;

/**
 * What an advisor writes: the title (required, at most {@link #MAX_TITLE}), the narrative in the stored markup (at
 * most {@link #MAX_NARRATIVE} characters), the parts, and the picked stories.
 */
public record FindingDraft(String title, String narrative, List<Part> parts, List<StoryRef> stories) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NARRATIVE = 20_000;
    public static final int MAX_PARTS = 40;
    public static final int MAX_STORIES = 20;

    public FindingDraft {
        parts = parts == null ? List.of() : List.copyOf(parts);
        stories = stories == null ? List.of() : List.copyOf(stories);
    }
}
