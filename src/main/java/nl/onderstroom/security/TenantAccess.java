package nl.onderstroom.security;

import java.util.Optional;
import java.util.Set;
import nl.onderstroom.base.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenant isolation: which organisations the current user may read and change. Services call it on every
 * method that touches an organisation's data; bindings are read from the database each time, so a
 * changed assignment takes effect at once.
 */
@Component
public class TenantAccess {

    /** The organisations the current user may read: all of them, or the listed ids. */
    public record Scope(boolean all, Set<Long> organisationIds) {

        public boolean includes(long organisationId) {
            return all || organisationIds.contains(organisationId);
        }
    }

    private final AccountRepository accounts;

    TenantAccess(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Scope readScope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return new Scope(false, Set.of());
        }
        Optional<Account> account = currentAccount(auth);
        if (account.isEmpty()) {
            boolean system = SystemSession.SYSTEM.equals(auth.getPrincipal())
                    && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
            return new Scope(system, Set.of());
        }
        Account a = account.get();
        if (!a.isEnabled()) {
            return new Scope(false, Set.of());
        }
        return switch (a.getRole()) {
            case ADMIN -> new Scope(true, Set.of());
            case ADVISOR -> new Scope(false, Set.copyOf(a.getAssignedOrganisations()));
            case DIRECTOR -> new Scope(false, a.getOrganisationId() == null ? Set.of() : Set.of(a.getOrganisationId()));
        };
    }

    /** Read access: the organisation is unknown to anyone outside it (NotFound, not "forbidden"). */
    public void checkRead(long organisationId) {
        if (!readScope().includes(organisationId)) {
            throw new NotFound();
        }
    }

    /** Write access: admins, and advisors assigned to the organisation. Directors read only. */
    public void checkWrite(long organisationId) {
        checkRead(organisationId);
        if (currentRole().filter(r -> r == Role.ADMIN || r == Role.ADVISOR).isEmpty()) {
            throw new AccessDeniedException("read only");
        }
    }

    /** An advisor who creates an organisation becomes its advisor. */
    @Transactional
    public void grantToCreator(long organisationId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        currentAccount(auth).filter(a -> a.getRole() == Role.ADVISOR)
                .ifPresent(a -> a.getAssignedOrganisations().add(organisationId));
    }

    public Optional<Role> currentRole() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && SystemSession.SYSTEM.equals(auth.getPrincipal())) {
            return Optional.of(Role.ADMIN);
        }
        return currentAccount(auth).filter(Account::isEnabled).map(Account::getRole);
    }

    private Optional<Account> currentAccount(Authentication auth) {
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return accounts.findById(p.accountId());
        }
        return Optional.empty();
    }
}
