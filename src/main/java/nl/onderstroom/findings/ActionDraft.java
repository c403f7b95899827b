package nl.onderstroom.findings;

import java.time.LocalDate;

/**
 * What an action says: what (required, at most {@link #MAX_WHAT}), the owner (a director of the organisation), the
 * due date, and the status ({@code null} means open).
 */
public record ActionDraft(String what, Long ownerId, LocalDate dueOn, ActionStatus status) {

    public static final int MAX_WHAT = 500;
}
