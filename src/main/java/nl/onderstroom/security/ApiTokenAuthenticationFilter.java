package nl.onderstroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer ost_…} personal API tokens of advisors and administrators. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuthenticationEntryPoint entryPoint;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ApiTokenAuthenticationFilter(ApiTokenRepository tokens, AccountRepository accounts, AuthenticationEntryPoint entryPoint,
                                 TransactionTemplate transactions, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.entryPoint = entryPoint;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        AccountPrincipal principal = transactions.execute(status -> tokens.findByTokenHash(AccountService.hashToken(token))
                .flatMap(t -> {
                    LocalDate today = LocalDate.now(clock);
                    if (!today.equals(t.getLastUsedOn())) {
                        t.setLastUsedOn(today);
                    }
                    return accounts.findById(t.getAccountId());
                })
                .filter(Account::isEnabled)
                .filter(a -> a.getRole() == Role.ADVISOR || a.getRole() == Role.ADMIN)
                .map(a -> new AccountPrincipal(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(), true, false, null))
                .orElse(null));
        if (principal == null) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
