package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.organisation.DepartmentNode;

/**
 * Invitations by e-mail: addresses pasted for one department, each sent its own code; and a reminder to everyone
 * invited by e-mail who has not answered yet. Sending only while the scan is open (a code mailed for a draft would
 * not work yet). The view gives the calls that send.
 */
class EmailSection extends InvitationSection {

    /** Sends the invitations; returns how many went out. */
    @FunctionalInterface
    interface Inviter {
        int invite(long departmentId, List<String> addresses);
    }

    EmailSection(List<DepartmentNode> departments, boolean open, Inviter inviter, IntSupplier remind) {
        super("scan.invite.email", "scan.invite.emailHelp");
        DepartmentSelect department = new DepartmentSelect("email-department", departments);
        TextArea addresses = new TextArea(getTranslation("scan.invite.addresses"));
        addresses.setId("email-addresses");
        addresses.setWidthFull();
        Button send = new Button(getTranslation("scan.invite.send"), VaadinIcon.ENVELOPE.create(), e -> {
            try {
                if (department.getValue() == null) {
                    throw new UserError("scan.error.departmentRequired");
                }
                int sent = inviter.invite(department.getValue().id(), Arrays.asList(addresses.getValue().split("[\\s,;]+")));
                addresses.clear();
                success(getTranslation("scan.invite.sent", sent));
            } catch (UserError ex) {
                UiSetup.handle(ex);
            }
        });
        send.setId("email-send");
        send.setEnabled(open);
        Button reminder = new Button(getTranslation("scan.invite.remind"), VaadinIcon.BELL.create(), e -> {
            try {
                success(getTranslation("scan.invite.sent", remind.getAsInt()));
            } catch (UserError ex) {
                UiSetup.handle(ex);
            }
        });
        reminder.setId("email-remind");
        reminder.setEnabled(open);
        add(department, addresses, new HorizontalLayout(send, reminder));
    }
}
