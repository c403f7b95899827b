package nl.onderstroom.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;

/** Whom respondents can ask about their data: the survey's privacy statement names it. One field, one button. */
class PrivacyContactField extends HorizontalLayout {

    PrivacyContactField(OrganisationService organisations, long organisationId) {
        TextField contact = new TextField(getTranslation("organisation.contact.field"));
        contact.setId("privacy-contact");
        contact.setMaxLength(OrganisationService.MAX_PRIVACY_CONTACT);
        contact.setHelperText(getTranslation("organisation.contact.help"));
        contact.setValue(organisations.privacyContact(organisationId).orElse(""));
        contact.setWidth("min(32em, 100%)");
        Button save = new Button(getTranslation("organisation.contact.save"), e -> {
            try {
                contact.setValue(organisations.changePrivacyContact(organisationId, contact.getValue()).orElse(""));
                contact.setInvalid(false);
                Notification.show(getTranslation("organisation.contact.saved"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserError error) {
                contact.setErrorMessage(getTranslation(error.key(), error.args()));
                contact.setInvalid(true);
            }
        });
        save.setId("privacy-contact-save");
        add(contact, save);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        setWidthFull();
    }
}
