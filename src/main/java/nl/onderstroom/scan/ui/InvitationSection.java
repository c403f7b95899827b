package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * One way of inviting respondents on the scan's invitations tab (one-time codes, open links, e-mail): a heading, one
 * muted line that says what it is for, then the section's own fields.
 */
abstract class InvitationSection extends VerticalLayout {

    InvitationSection(String titleKey, String helpKey) {
        setPadding(false);
        Span help = new Span(getTranslation(helpKey));
        help.addClassName("onderstroom-muted");
        add(new H2(getTranslation(titleKey)), help);
    }

    /** A short confirmation at the top of the screen. */
    static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
