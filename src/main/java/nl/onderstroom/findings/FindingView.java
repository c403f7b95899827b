package nl.onderstroom.findings;

import java.time.Instant;
import java.util.List;

/**
 * A finding as the screens, the presentation and the API read it.
 *
 * @param id            the finding's id
 * @param scanId        its scan
 * @param position      1-based place in the scan's presentation
 * @param title         the title
 * @param narrative     the narrative in the stored markup ({@link Narrative}); render with {@link Narrative#toHtml}
 * @param parts         the parts of the results it is about
 * @param stories       the stories picked as evidence (resolve with {@link FindingsService#evidence})
 * @param suggestionKey the suggestion it was accepted from, or {@code null}
 * @param revision      counts saves of the content; pass it back to {@link FindingEditService#save}
 * @param editor        who is editing it now (an unexpired lock), or {@code null}
 * @param updatedAt     when the content last changed
 */
public record FindingView(long id, long scanId, int position, String title, String narrative, List<Part> parts,
                          List<StoryRef> stories, String suggestionKey, int revision, Editor editor,
                          Instant updatedAt) {

    public FindingView {
        parts = List.copyOf(parts);
        stories = List.copyOf(stories);
    }

    /** Someone holding a finding's edit lock. */
    public record Editor(long accountId, String name, Instant until) {
    }
}
