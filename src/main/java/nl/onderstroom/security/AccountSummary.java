package nl.onderstroom.security;

import java.util.Set;

/** An account as the admin screens and the API show it: never its password hash. */
public record AccountSummary(long id, String email, String displayName, Role role, boolean enabled,
                             Long organisationId, Set<Long> assignedOrganisations) {
}
