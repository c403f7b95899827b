package nl.onderstroom.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
 * may open), the user's name, the language switch and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("Onderstroom");
        brand.addClassName("onderstroom-brand");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("padding", "var(--lumo-space-m)");
        addToDrawer(brand, menu());

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
        addToNavbar(bar);
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
