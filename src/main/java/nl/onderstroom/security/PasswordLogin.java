package nl.onderstroom.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail address and password (the sign-in form and the API's HTTP Basic), throttled without lock-out.
 *
 * <ul>
 *   <li>Per client address: {@link #PER_ADDRESS}; per account: {@link #PER_ACCOUNT}, progressive (five at once,
 *       then slower and slower, never more than 20 in an hour). A browser holding the account's
 *       {@link DeviceCookies device cookie} has an allowance of its own and is not counted per address, so guessing
 *       from elsewhere, or from the same office, does not lock the owner out. Only failures count: a successful sign-in gives its tries back.</li>
 *   <li>Known and unknown addresses take the same path: both are throttled by the address typed, both cost one
 *       Argon2id check (a dummy hash for unknown accounts), and a disabled account answers as a wrong password.</li>
 *   <li>Password checks run in a {@link HashingBulkhead}: a flood of bogus sign-ins is refused fast instead of
 *       queueing CPU-heavy hashing in front of real users.</li>
 * </ul>
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    /** Ten failures at once, then one every 6 s; at most 100 in any hour. */
    static final Throttle.Limit[] PER_ADDRESS = {
            new Throttle.Limit(10, Duration.ofMinutes(1)), new Throttle.Limit(50, Duration.ofHours(1))};
    /**
     * Five at once, then one every 12 s up to eight, then one every 75 s up to ten, then one every 6 minutes: at most
     * 20 in any hour (a bucket of 10 refilled 10 an hour), 10 an hour for good.
     */
    static final Throttle.Limit[] PER_ACCOUNT = {
            new Throttle.Limit(5, Duration.ofMinutes(1)), new Throttle.Limit(8, Duration.ofMinutes(10)),
            new Throttle.Limit(10, Duration.ofHours(1))};
    private static final int MAX_KEYS = 100_000;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final DeviceCookies devices;
    private final Throttle perAddress;
    private final Throttle perAccount;
    private final HashingBulkhead hashing;
    private final String dummyHash;

    @org.springframework.beans.factory.annotation.Autowired
    PasswordLogin(AccountRepository accounts, PasswordEncoder encoder, DeviceCookies devices, Clock clock) {
        this(accounts, encoder, devices, clock, HashingBulkhead.forThisMachine());
    }

    PasswordLogin(AccountRepository accounts, PasswordEncoder encoder, DeviceCookies devices, Clock clock,
                  HashingBulkhead hashing) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.devices = devices;
        this.perAddress = new Throttle(clock, MAX_KEYS, PER_ADDRESS);
        this.perAccount = new Throttle(clock, MAX_KEYS, PER_ACCOUNT);
        this.hashing = hashing;
        // hashed with the same encoder and parameters as real passwords, so an unknown address costs the same
        this.dummyHash = encoder.encode("unknown account " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = request.getName() == null ? "" : request.getName().strip().toLowerCase(Locale.ROOT);
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        LoginDetails details = request.getDetails() instanceof LoginDetails d ? d : LoginDetails.UNKNOWN;
        Optional<String> device = devices.deviceOf(details.deviceToken(), email);
        String addressKey = details.address();
        String accountKey = device.map(id -> "device:" + id).orElse("account:" + email);

        // the owner's own browser is not held back by others behind the same address (an office, a NAT)
        boolean byAddressToo = device.isEmpty();
        if (byAddressToo) {
            Throttle.Verdict byAddress = perAddress.tryAcquire(addressKey);
            if (!byAddress.allowed()) {
                throw new LoginRefused.Throttled(byAddress.retryAfter());
            }
        }
        Throttle.Verdict byAccount = perAccount.tryAcquire(accountKey);
        if (!byAccount.allowed()) {
            giveBack(byAddressToo, addressKey, null);
            throw new LoginRefused.Throttled(byAccount.retryAfter());
        }
        AccountPrincipal principal;
        try {
            principal = hashing.run(device.isPresent(), () -> check(email, password));
        } catch (LoginRefused.Busy busy) {
            giveBack(byAddressToo, addressKey, accountKey);
            throw busy;
        }
        if (principal == null) {
            throw new BadCredentialsException("wrong e-mail address or password");
        }
        giveBack(byAddressToo, addressKey, accountKey);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private void giveBack(boolean byAddress, String addressKey, String accountKey) {
        if (byAddress) {
            perAddress.giveBack(addressKey);
        }
        if (accountKey != null) {
            perAccount.giveBack(accountKey);
        }
    }

    /** The principal, or {@code null}; one password hash check either way. */
    private AccountPrincipal check(String email, String password) {
        Optional<Account> account = password.length() > PasswordPolicy.MAX_LENGTH || email.length() > 254
                ? Optional.empty() : accounts.findByEmailIgnoreCase(email);
        String hash = account.map(Account::getPasswordHash).orElse(dummyHash);
        boolean matches = encoder.matches(password.length() > PasswordPolicy.MAX_LENGTH ? "" : password, hash);
        if (!matches || account.isEmpty() || !account.get().isEnabled()) {
            return null;
        }
        Account a = account.get();
        return new AccountPrincipal(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(), true, false, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
