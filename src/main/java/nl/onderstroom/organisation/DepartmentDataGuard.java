package nl.onderstroom.organisation;

import java.util.Optional;
import nl.onderstroom.base.UserError;

/**
 * Features that keep data about a department (invitations, responses) implement this, so that removing a
 * department never silently drops their data: a guard that answers with an error blocks the removal.
 */
public interface DepartmentDataGuard {

    Optional<UserError> removalBlocked(long departmentId);
}
