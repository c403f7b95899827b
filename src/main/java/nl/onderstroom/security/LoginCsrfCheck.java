package nl.onderstroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's {@code setLoginView} exempts the sign-in POST from CSRF protection, which allows login CSRF (a page
 * elsewhere signs the victim in to the attacker's account). This puts it back: the POST must carry the session's
 * token, which the sign-in form sends from the {@code _csrf} meta tags Vaadin puts in the page.
 */
final class LoginCsrfCheck extends OncePerRequestFilter {

    private final String loginPath;
    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    LoginCsrfCheck(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the session's raw token, as Spring's CsrfFilter (which ran before and skipped this path) loaded it
        Object deferred = request.getAttribute(DeferredCsrfToken.class.getName());
        CsrfToken expected = deferred instanceof DeferredCsrfToken d && !d.isGenerated() ? d.get() : null;
        if (expected == null || !same(masked.resolveCsrfTokenValue(request, expected), expected.getToken())) {
            // not signed in; back to a fresh form (which carries a fresh token), as after an expired page
            response.sendRedirect(request.getContextPath() + loginPath);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean same(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
