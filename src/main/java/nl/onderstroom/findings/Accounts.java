package nl.onderstroom.findings;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.onderstroom.security.AccountPrincipal;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The accounts this feature names: display names of authors, editors and owners, and the directors of an
 * organisation who can own an action. Read-only, over the security feature's account table; callers have checked
 * access to the organisation.
 */
@Component
class Accounts {

    private final NamedParameterJdbcTemplate jdbc;

    Accounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in account's id, if the caller is a person (not the system session). */
    static Optional<Long> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return Optional.of(p.accountId());
        }
        return Optional.empty();
    }

    Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.query("select id, display_name from account where id in (:ids)", new MapSqlParameterSource("ids", ids),
                rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    String name(long id) {
        return names(List.of(id)).getOrDefault(id, "?");
    }

    /** Enabled director accounts of the organisation, by name. */
    List<Owner> directors(long organisationId) {
        return jdbc.query("select id, display_name from account where role = 'DIRECTOR' and enabled = true"
                        + " and organisation_id = :org order by display_name, id",
                new MapSqlParameterSource("org", organisationId), (rs, i) -> new Owner(rs.getLong(1), rs.getString(2)));
    }

    /** The organisation a director account is bound to, if the account is a director. */
    Optional<Long> directorOrganisation(long accountId) {
        List<Long> org = jdbc.queryForList("select organisation_id from account where id = :id and role = 'DIRECTOR'"
                + " and organisation_id is not null", new MapSqlParameterSource("id", accountId), Long.class);
        return org.stream().findFirst();
    }
}
