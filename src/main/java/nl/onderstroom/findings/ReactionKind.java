package nl.onderstroom.findings;

/** How someone reacts to a finding during the presentation. */
public enum ReactionKind {
    AGREE, DOUBT, QUESTION
}
