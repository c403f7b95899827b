package nl.onderstroom.findings;

import java.time.LocalDate;

/**
 * An agreed action.
 *
 * @param id           the action
 * @param scanId       the scan of its finding
 * @param findingId    its finding
 * @param findingTitle the finding's title
 * @param what         what will be done
 * @param ownerId      the director who owns it, {@code null} when that account was removed
 * @param ownerName    the owner's display name, {@code null} likewise
 * @param dueOn        due date
 * @param status       open, under way, done
 * @param overdue      due before today (the injected clock) and not done
 * @param version      pass back to {@link ActionsService#update} to avoid overwriting another change unknowingly
 */
public record ActionView(long id, long scanId, long findingId, String findingTitle, String what, Long ownerId,
                         String ownerName, LocalDate dueOn, ActionStatus status, boolean overdue, long version) {
}
