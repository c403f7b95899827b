package nl.onderstroom.presentation;

/**
 * What one screen of a presentation tells the others. Events carry ids, names of the people in the room and what
 * they typed themselves, never a respondent's answer; a node that receives them rebuilds the state of a running
 * presentation from them ({@link LivePresentations}).
 */
public sealed interface PresentationEvent {

    long scanId();

    /** The advisor started, or moved to slide {@code slide} (0-based) of {@code slides}, showing {@code findingId}. */
    record SlideShown(long scanId, long organisationId, String presenter, int slide, int slides, Long findingId,
                      long sentAtMillis) implements PresentationEvent {
    }

    /** The advisor ended the presentation. */
    record Ended(long scanId) implements PresentationEvent {
    }

    /** A screen joined ({@code viewer} is one screen: one person may watch on two) or is still there. */
    record Joined(long scanId, String viewer, long accountId, String name) implements PresentationEvent {
    }

    record Left(long scanId, String viewer) implements PresentationEvent {
    }

    /**
     * A director reacted to a slide: {@code kind} is AGREE, DOUBT or QUESTION ({@code text} only for a question).
     * Stored with the finding before it is sent.
     */
    record Reacted(long scanId, long findingId, String name, String kind, String text) implements PresentationEvent {
    }

    /**
     * A node that has just started asks the others what is running; each answers with the slide and the screens
     * it knows, so a director whose session lands on the new node still joins on the current slide.
     */
    record StateAsked() implements PresentationEvent {
        /** About every presentation: no scan of its own. */
        @Override
        public long scanId() {
            return 0;
        }
    }
}
