package nl.onderstroom.map.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import nl.onderstroom.security.AccountPrincipal;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.TestUsers;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Karibu-Testing with the Spring context: views are created by Spring, services run for real, and the signed-in
 * account is both in Spring Security's context and the fake request (Vaadin's view access checks read the latter).
 */
final class KaribuSpring {

    private static final Routes ROUTES = routes();

    private KaribuSpring() {
    }

    /** Discovery finds the layout, the login and error views; the results views are added by name. */
    private static Routes routes() {
        Routes discovered = new Routes().autoDiscoverViews("nl.onderstroom");
        java.util.Set<Class<? extends com.vaadin.flow.component.Component>> views = new java.util.HashSet<>(discovered.getRoutes());
        ResultsPage.pages().forEach(page -> views.add(page.view));
        return new Routes(views, discovered.getErrorRoutes(), true);
    }

    static void signInAndStart(ApplicationContext context, UserDetailsService users, AccountSummary account) {
        AccountPrincipal principal = TestUsers.loginAs(users, account);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((p, role) -> role.equals(principal.role().name())
                    || role.equals(principal.role().authority()));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    static void stop() {
        MockVaadin.tearDown();
        TestUsers.logout();
    }
}
