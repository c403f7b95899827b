package nl.onderstroom.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.onderstroom.security.AccountPrincipal;
import nl.onderstroom.security.AccountService;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Whoever signed in with a one-time password (the first administrator, a reset) goes to their account page until
 * they have chosen their own: every other view reroutes there.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    /** Session attribute: this session's user has a password of their own (no more database look-ups). */
    private static final String CLEARED = PasswordChangeGuard.class.getName() + ".cleared";

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    PasswordChangeGuard(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = ClassUtils.getUserClass(event.getNavigationTarget());
        if (target == AccountView.class || target == LoginView.class
                || authentication.getAuthenticatedUser(AccountPrincipal.class).isEmpty()) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        if (Boolean.TRUE.equals(session.getAttribute(CLEARED))) {
            return;
        }
        if (accounts.passwordChangeRequired()) {
            event.rerouteTo(AccountView.class);
        } else {
            session.setAttribute(CLEARED, Boolean.TRUE);
        }
    }
}
