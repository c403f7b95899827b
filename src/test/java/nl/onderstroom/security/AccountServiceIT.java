package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts on MariaDB: hashing, unique addresses, roles and bindings, passwords, tokens. */
@IntegrationTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    AccountDetailsService users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PasswordEncoder encoder;

    long organisation;
    AccountSummary admin;

    @BeforeEach
    void setUp() {
        organisation = SystemSession.call(() -> organisations.create("Org " + UUID.randomUUID()).id());
        admin = TestUsers.create(accounts, Role.ADMIN, null, Set.of());
        TestUsers.loginAs(users, admin);
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    @Test
    void passwords_are_stored_as_argon2id_hashes_of_at_least_19_mib_and_two_passes() {
        AccountSummary created = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
        String hash = repository.findById(created.id()).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(TestUsers.PASSWORD);
        assertThat(encoder.matches(TestUsers.PASSWORD, hash)).isTrue();
    }

    @Test
    void the_first_administrator_came_from_the_configuration() {
        assertThat(repository.findByEmailIgnoreCase("admin@test.onderstroom")).get()
                .extracting(Account::getRole).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_address_is_unique_regardless_of_case_and_is_stored_in_lower_case() {
        String email = "Case." + UUID.randomUUID().toString().substring(0, 6) + "@Example.org";
        AccountSummary first = accounts.create(new AccountService.NewAccount(email, "Case", Role.ADVISOR,
                TestUsers.PASSWORD, null, Set.of()));
        assertThat(first.email()).isEqualTo(email.toLowerCase());
        assertThatThrownBy(() -> accounts.create(new AccountService.NewAccount(email.toUpperCase(), "Case", Role.ADVISOR,
                TestUsers.PASSWORD, null, Set.of())))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("security.account.emailTaken");
    }

    @Test
    void a_short_password_and_a_director_without_organisation_are_refused() {
        assertThatThrownBy(() -> accounts.create(new AccountService.NewAccount("short@example.org", "S", Role.ADVISOR,
                "elevenchars", null, Set.of())))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("security.password.tooShort");
        assertThatThrownBy(() -> accounts.create(new AccountService.NewAccount("dir@example.org", "D", Role.DIRECTOR,
                TestUsers.PASSWORD, null, Set.of())))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("security.account.directorNeedsOrganisation");
    }

    @Test
    void only_an_administrator_manages_accounts() {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
        TestUsers.loginAs(users, advisor);
        assertThatThrownBy(() -> accounts.accounts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(advisor.id(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.organisationChoices()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_loses_its_tenant_access() {
        AccountSummary director = TestUsers.create(accounts, Role.DIRECTOR, organisation, Set.of());
        accounts.setEnabled(director.id(), false);
        assertThat(users.loadUserByUsername(director.email()).isEnabled()).isFalse();
        TestUsers.loginAs(users, director);
        assertThatThrownBy(() -> organisations.organisation(organisation)).isInstanceOf(nl.onderstroom.base.NotFound.class);
    }

    @Test
    void an_administrator_cannot_disable_or_demote_themself() {
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("security.account.cannotDisableSelf");
        assertThatThrownBy(() -> accounts.update(admin.id(), new AccountService.AccountChange("x", Role.ADVISOR, null, Set.of())))
                .isInstanceOf(UserError.class);
    }

    @Test
    void changing_the_own_password_needs_the_current_one() {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        TestUsers.loginAs(users, advisor);
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong password!", "a brand new passphrase"))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("security.password.currentWrong");
        accounts.changeOwnPassword(TestUsers.PASSWORD, "a brand new passphrase");
        assertThat(encoder.matches("a brand new passphrase", repository.findById(advisor.id()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void an_api_token_is_shown_once_and_only_its_hash_is_kept() {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        TestUsers.loginAs(users, advisor);
        AccountService.NewApiToken token = accounts.createApiToken("ci script");
        assertThat(token.token()).startsWith("ost_").hasSizeGreaterThan(40);
        assertThat(accounts.myApiTokens()).extracting(ApiTokenSummary::name).containsExactly("ci script");
        assertThat(tokenHashes()).contains(AccountService.hashToken(token.token())).doesNotContain(token.token());
        accounts.revokeApiToken(token.summary().id());
        assertThat(accounts.myApiTokens()).isEmpty();
    }

    private java.util.List<String> tokenHashes() {
        return jdbc.queryForList("select token_hash from api_token", String.class);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
}
