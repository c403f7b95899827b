package nl.onderstroom.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an account by e-mail address for Spring Security's own needs (tests sign in through it). Passwords are
 * checked by {@link PasswordLogin}, which is throttled.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Account account = accounts.findByEmailIgnoreCase(email)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
                account.isEnabled(), false, account.getPasswordHash());
    }
}
