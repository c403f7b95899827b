package nl.onderstroom.findings;

import java.time.Instant;

/**
 * A reaction to a finding.
 *
 * @param id         the reaction
 * @param findingId  the finding
 * @param authorId   the account that reacted
 * @param authorName its display name
 * @param kind       agree, doubt or question
 * @param text       the question or remark, {@code null} for a bare agree/doubt
 * @param at         when
 */
public record ReactionView(long id, long findingId, long authorId, String authorName, ReactionKind kind, String text,
                           Instant at) {
}
