package nl.onderstroom.start;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.springframework.stereotype.Component;

/**
 * A director who opens the portal's front page lands on their start page instead of the department list (which
 * stays in the menu). The organisation screens do not know about this page: the redirect lives here.
 */
@Component
class StartRedirect implements VaadinServiceInitListener {

    private final TenantAccess tenants;

    StartRedirect(TenantAccess tenants) {
        this.tenants = tenants;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (enter.getLocation().getPath().isEmpty()
                    && tenants.currentRole().filter(r -> r == Role.DIRECTOR).isPresent()) {
                enter.forwardTo(StartView.class);
            }
        }));
    }
}
