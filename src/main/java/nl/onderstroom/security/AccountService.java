package nl.onderstroom.security;

import jakarta.annotation.security.RolesAllowed;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.EmailAddress;
import nl.onderstroom.base.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their roles and tenant bindings, passwords and personal API tokens. */
@Service
public class AccountService {

    /** What an administrator fills in for a new account. */
    public record NewAccount(String email, String displayName, Role role, String password, Long organisationId,
                             Set<Long> assignedOrganisations) {
    }

    /** An account's role and bindings as an administrator changes them. */
    public record AccountChange(String displayName, Role role, Long organisationId, Set<Long> assignedOrganisations) {
    }

    /** A freshly made API token: shown once, then only its hash is kept. */
    public record NewApiToken(ApiTokenSummary summary, String token) {
    }

    /** The logged-in user as the layout shows them. */
    public record Me(long id, String email, String displayName, Role role) {
    }

    static final String TOKEN_PREFIX = "ost_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final OrganisationDirectory organisations;
    private final Clock clock;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
                   OrganisationDirectory organisations, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The organisations an account can be bound to. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<OrganisationDirectory.OrganisationRef> organisationChoices() {
        return organisations.allOrganisations();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<AccountSummary> accounts() {
        return accounts.findAllOrdered().stream().map(Account::summary).toList();
    }

    /** Creates an account. The e-mail address is unique regardless of case. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public AccountSummary create(NewAccount request) {
        String email = normaliseEmail(request.email());
        if (accounts.existsByEmailIgnoreCase(email)) {
            throw new UserError("security.account.emailTaken");
        }
        PasswordPolicy.check(request.password(), email);
        Account account = new Account(email, displayName(request.displayName(), email),
                passwordEncoder.encode(request.password()), requireRole(request.role()), clock.instant());
        applyBindings(account, request.role(), request.organisationId(), request.assignedOrganisations());
        Account saved = accounts.save(account);
        audit.account(AuditLog.Action.ACCOUNT_CREATED, saved.getId());
        return saved.summary();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public AccountSummary update(long accountId, AccountChange change) {
        Account account = accounts.findById(accountId).orElseThrow(NotFound::new);
        Role role = requireRole(change.role());
        if (account.getId() == currentAccountId() && role != Role.ADMIN) {
            throw new UserError("security.account.cannotDemoteSelf");
        }
        account.setDisplayName(displayName(change.displayName(), account.getEmail()));
        account.setRole(role);
        applyBindings(account, role, change.organisationId(), change.assignedOrganisations());
        audit.account(AuditLog.Action.ACCOUNT_CHANGED, account.getId());
        return account.summary();
    }

    /** Disables or enables an account. A disabled account cannot log in or use its API tokens. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public AccountSummary setEnabled(long accountId, boolean enabled) {
        Account account = accounts.findById(accountId).orElseThrow(NotFound::new);
        if (!enabled && account.getId() == currentAccountId()) {
            throw new UserError("security.account.cannotDisableSelf");
        }
        account.setEnabled(enabled);
        audit.account(enabled ? AuditLog.Action.ACCOUNT_ENABLED : AuditLog.Action.ACCOUNT_DISABLED, account.getId());
        return account.summary();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public void resetPassword(long accountId, String newPassword) {
        Account account = accounts.findById(accountId).orElseThrow(NotFound::new);
        PasswordPolicy.check(newPassword, account.getEmail());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        audit.account(AuditLog.Action.PASSWORD_RESET, account.getId());
        account.setMustChangePassword(true);
    }

    /** Changes the current user's password, after checking the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = accounts.findById(currentAccountId()).orElseThrow(NotFound::new);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserError("security.password.currentWrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new UserError("security.password.sameAsOld");
        }
        PasswordPolicy.check(newPassword, account.getEmail());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setMustChangePassword(false);
    }

    /** Whether the current user signed in with a one-time password and must choose their own first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired() {
        return accounts.findById(currentAccountId()).map(Account::isMustChangePassword).orElse(false);
    }

    /** The first administrator, with a one-time password: made by {@link AdminBootstrap} only. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    AccountSummary createFirstAdministrator(String email, String password) {
        AccountSummary admin = create(new NewAccount(email, "Administrator", Role.ADMIN, password, null, Set.of()));
        accounts.findById(admin.id()).orElseThrow().setMustChangePassword(true);
        return admin;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Me me() {
        Account a = accounts.findById(currentAccountId()).orElseThrow(NotFound::new);
        return new Me(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole());
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public NewApiToken createApiToken(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new UserError("security.token.nameInvalid");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(currentAccountId(), trimmed, hashToken(token), clock.instant()));
        return new NewApiToken(summary(saved), token);
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> myApiTokens() {
        return tokens.findByAccountIdOrderByCreatedAtDesc(currentAccountId()).stream().map(AccountService::summary).toList();
    }

    @RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
    @Transactional
    public void revokeApiToken(long tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getAccountId() == currentAccountId())
                .orElseThrow(NotFound::new);
        tokens.delete(token);
    }

    static String hashToken(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normaliseEmail(String raw) {
        return EmailAddress.normalise(raw).orElseThrow(() -> new UserError("security.account.emailInvalid"));
    }

    private void applyBindings(Account account, Role role, Long organisationId, Set<Long> assigned) {
        account.getAssignedOrganisations().clear();
        account.setOrganisationId(null);
        if (role == Role.DIRECTOR) {
            if (organisationId == null || !organisations.exists(organisationId)) {
                throw new UserError("security.account.directorNeedsOrganisation");
            }
            account.setOrganisationId(organisationId);
        } else if (role == Role.ADVISOR && assigned != null) {
            for (Long id : assigned) {
                if (id == null || !organisations.exists(id)) {
                    throw new NotFound();
                }
                account.getAssignedOrganisations().add(id);
            }
        }
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw new UserError("security.account.roleRequired");
        }
        return role;
    }

    private static String displayName(String requested, String email) {
        String name = requested == null ? "" : requested.strip();
        if (name.length() > 200) {
            throw new UserError("security.account.nameTooLong", 200);
        }
        return name.isEmpty() ? email : name;
    }

    private static ApiTokenSummary summary(ApiToken t) {
        return new ApiTokenSummary(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedOn());
    }

    private static long currentAccountId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
            return p.accountId();
        }
        return -1;
    }
}
