package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password check itself: the same work and the same answer for unknown, known and disabled accounts. */
class PasswordLoginTest {

    /** The real Argon2id encoder, recording which stored hash each check ran against. */
    static final class RecordingEncoder implements PasswordEncoder {
        final PasswordEncoder real = SecurityConfiguration.passwordEncoder();
        final List<String> checkedAgainst = new ArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            synchronized (checkedAgainst) {
                checkedAgainst.add(encoded);
            }
            return real.matches(raw, encoded);
        }
    }

    private final RecordingEncoder encoder = new RecordingEncoder();
    private final AccountRepository repository = mock(AccountRepository.class);
    private final PasswordLogin login = new PasswordLogin(repository, encoder, new DeviceCookies(""), Clock.systemUTC(),
            new HashingBulkhead(1, 1, 4, Duration.ofSeconds(30)));

    private Account account(String email, String password, boolean enabled) {
        Account a = new Account(email, email, encoder.encode(password), Role.ADVISOR, Instant.EPOCH);
        a.setEnabled(enabled);
        org.springframework.test.util.ReflectionTestUtils.setField(a, "id", 7L);
        when(repository.findByEmailIgnoreCase(email)).thenReturn(Optional.of(a));
        return a;
    }

    private Authentication attempt(String email, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new LoginDetails(address, null));
        return token;
    }

    @Test
    void an_unknown_account_costs_one_argon2id_check_with_the_same_parameters_as_a_known_one() {
        when(repository.findByEmailIgnoreCase(anyString())).thenReturn(Optional.empty());
        Account known = account("known@example.org", "a long and right password", true);
        encoder.checkedAgainst.clear();

        assertThatThrownBy(() -> login.authenticate(attempt("known@example.org", "wrong guess 1", "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("wrong e-mail address or password");
        assertThatThrownBy(() -> login.authenticate(attempt("nobody@example.org", "wrong guess 1", "10.0.0.2")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("wrong e-mail address or password");

        assertThat(encoder.checkedAgainst).hasSize(2);
        assertThat(encoder.checkedAgainst.get(0)).isEqualTo(known.getPasswordHash());
        String parameters = "{argon2id}$argon2id$v=19$m=19456,t=2,p=1$";
        assertThat(encoder.checkedAgainst).allSatisfy(hash -> assertThat(hash).startsWith(parameters));
    }

    @Test
    void a_disabled_account_answers_as_a_wrong_password_even_with_the_right_one() {
        account("gone@example.org", "a long and right password", false);
        assertThatThrownBy(() -> login.authenticate(attempt("gone@example.org", "a long and right password", "10.0.1.1")))
                .isInstanceOf(BadCredentialsException.class).hasMessage("wrong e-mail address or password");
    }

    @Test
    void the_right_password_signs_in_and_keeps_no_password_in_the_principal() {
        account("right@example.org", "a long and right password", true);
        Authentication result = login.authenticate(attempt(" Right@Example.org ", "a long and right password", "10.0.2.1"));
        assertThat(result.isAuthenticated()).isTrue();
        assertThat(((AccountPrincipal) result.getPrincipal()).getPassword()).isNull();
        assertThat(result.getCredentials()).isNull();
    }

    /** Figures for docs/deploy.md; prints, asserts nothing about time (the machine is shared). */
    @Test
    void timing_of_known_and_unknown_accounts_is_printed() {
        when(repository.findByEmailIgnoreCase(anyString())).thenReturn(Optional.empty());
        account("timed@example.org", "a long and right password", true);
        long[] known = new long[15];
        long[] unknown = new long[15];
        for (int i = 0; i < known.length; i++) {
            // a fresh throttle each time: this measures the check, not the refusal
            PasswordLogin fresh = new PasswordLogin(repository, encoder, new DeviceCookies(""), Clock.systemUTC(),
                    new HashingBulkhead(1, 1, 4, Duration.ofSeconds(30)));
            known[i] = time(() -> fresh.authenticate(attempt("timed@example.org", "wrong", "10.1.0.1")));
            unknown[i] = time(() -> fresh.authenticate(attempt("nobody@example.org", "wrong", "10.2.0.1")));
        }
        System.out.printf("sign-in check median: known %d ms, unknown %d ms%n", median(known), median(unknown));
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        try {
            r.run();
        } catch (RuntimeException expected) {
            // a refusal is the point
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
