package nl.onderstroom.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.onderstroom.security.AccountPrincipal;

/**
 * The shell of every signed-in screen: the menu (built from the views' {@code @Menu}, filtered by what the user
 * may open), the user's name, the language switch and sign-out. Landmarks: the top bar is the banner (its first
 * element a skip link to the content), the menu the navigation, the screen itself the one {@code main}.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    /** The id of the {@code main} element around every screen's content. */
    public static final String MAIN_ID = "main-content";

    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("Onderstroom");
        brand.addClassName("onderstroom-brand");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("padding", "var(--lumo-space-m)");
        Nav navigation = new Nav(brand, menu());
        navigation.setId("main-navigation");
        navigation.getElement().setAttribute("aria-label", getTranslation("a11y.layout.navigation"));
        addToDrawer(navigation);

        main.addClassName("onderstroom-main");
        SkipLink.target(main, MAIN_ID);

        HorizontalLayout bar = new HorizontalLayout();
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        Span spacer = new Span();
        bar.add(new DrawerToggle(), spacer);
        bar.setFlexGrow(1, spacer);
        authentication.getAuthenticatedUser(AccountPrincipal.class).ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.setId("current-user");
            name.addClassName("onderstroom-muted");
            name.addClassName("onderstroom-wide-only");
            Span logoutLabel = new Span(getTranslation("base.layout.logout"));
            logoutLabel.addClassName("onderstroom-wide-only");
            Button logout = new Button(logoutLabel, e -> authentication.logout());
            logout.setIcon(VaadinIcon.SIGN_OUT.create());
            logout.setAriaLabel(getTranslation("base.layout.logout"));
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(name);
            bar.add(new LanguageSwitch(), logout);
        });
        SkipLink skip = new SkipLink(getTranslation("a11y.skip.content"), MAIN_ID);
        skip.setId("skip-to-content");
        Header header = new Header(skip, bar);
        header.addClassName("onderstroom-header");
        addToNavbar(header);
    }

    /** Every screen's content in the one {@code main} landmark, the skip link's target. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        if (getContent() != main) {
            setContent(main);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            nav.addItem(item);
        });
        return nav;
    }
}
