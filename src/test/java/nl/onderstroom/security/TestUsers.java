package nl.onderstroom.security;

import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Makes accounts through the real service and signs in as them, for tests. */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery";

    private TestUsers() {
    }

    public static AccountSummary create(AccountService accounts, Role role, Long organisationId, Set<Long> assigned) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.onderstroom";
        return SystemSession.call(() -> accounts.create(
                new AccountService.NewAccount(email, role + " tester", role, PASSWORD, organisationId, assigned)));
    }

    /** Signs in as the account on this thread; returns the principal. */
    public static AccountPrincipal loginAs(UserDetailsService users, AccountSummary account) {
        UserDetails details = users.loadUserByUsername(account.email());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return (AccountPrincipal) details;
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }
}
