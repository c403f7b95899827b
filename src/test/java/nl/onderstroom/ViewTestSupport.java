package nl.onderstroom;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import java.security.Principal;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import nl.onderstroom.security.AccountPrincipal;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the Karibu-Testing view tests ({@code *ViewTest}): a mocked Vaadin UI over the real Spring context on the
 * test MariaDB, so views get their real services and access rules. Sign in with {@link #loginAs}; the fake request
 * then reports the same principal and roles as Spring Security, which Vaadin's view access control reads.
 */
@IntegrationTest
public abstract class ViewTestSupport {

    private static final Routes ROUTES = routes();

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected UserDetailsService users;

    /**
     * Karibu's discovery skips package-private classes, and our views are package-private (style): add every
     * {@code @Route} class under nl.onderstroom that Spring's scanner finds.
     */
    @SuppressWarnings("unchecked")
    private static Routes routes() {
        Routes discovered = new Routes().autoDiscoverViews("nl.onderstroom");
        Set<Class<? extends Component>> views = new HashSet<>(discovered.getRoutes());
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("nl.onderstroom")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        return new Routes(views, new HashSet<>(discovered.getErrorRoutes()), true);
    }

    @BeforeEach
    void setUpVaadin() {
        TestUsers.logout();
        MockVaadin.setMockRequestFactory(SecurityAwareRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Throws the UI and the browser session away (a closed tab, a lost phone) and starts a fresh one. */
    protected void newBrowser() {
        MockVaadin.tearDown();
        setUpVaadin();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestUsers.logout();
    }

    /** Signs in as the account (Spring Security and the fake request) and opens the start page. */
    protected AccountPrincipal loginAs(AccountSummary account) {
        AccountPrincipal principal = TestUsers.loginAs(users, account);
        UI.getCurrent().navigate("");
        return principal;
    }

    /**
     * The view on screen. Views with {@code @PermitAll}/{@code @RolesAllowed} on the class are CGLIB-proxied by
     * Spring's JSR-250 method security, so compare the user class.
     */
    protected static Class<?> currentView() {
        return ClassUtils.getUserClass(NavigatorKt.getCurrentView());
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** The translation of a key in the UI's current language, as the views look it up. */
    protected static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    protected static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    /** A fake request that answers who is signed in from Spring Security's context, as the real filter chain does. */
    static final class SecurityAwareRequest extends FakeRequest {

        SecurityAwareRequest(jakarta.servlet.http.HttpSession session) {
            super(session);
            setLocaleInt(Locale.ENGLISH);
        }

        private static Authentication authentication() {
            Authentication a = SecurityContextHolder.getContext().getAuthentication();
            return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated() ? null : a;
        }

        @Override
        public Principal getUserPrincipal() {
            return authentication();
        }

        @Override
        public String getRemoteUser() {
            Authentication a = authentication();
            return a == null ? null : a.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            Authentication a = authentication();
            String authority = role.startsWith("ROLE_") ? role : "ROLE_" + role;
            return a != null && a.getAuthorities().stream().anyMatch(g -> authority.equals(g.getAuthority()));
        }
    }
}
