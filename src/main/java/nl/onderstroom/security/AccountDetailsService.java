package nl.onderstroom.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    AccountDetailsService(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Account account = accounts.findByEmailIgnoreCase(email)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
                account.isEnabled(), throttle.isBlocked(email), account.getPasswordHash());
    }
}
