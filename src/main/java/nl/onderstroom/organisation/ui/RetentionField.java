package nl.onderstroom.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;

/** The organisation's retention period for stories and open answers: one field, saved with one button. */
class RetentionField extends HorizontalLayout {

    RetentionField(OrganisationService organisations, long organisationId) {
        IntegerField months = new IntegerField(getTranslation("retention.field"));
        months.setId("retention-months");
        months.setMin(OrganisationService.MIN_RETENTION_MONTHS);
        months.setMax(OrganisationService.MAX_RETENTION_MONTHS);
        months.setStepButtonsVisible(true);
        months.setHelperText(getTranslation("retention.help"));
        months.setValue(organisations.retentionMonths(organisationId));
        months.setWidth("min(24em, 100%)");
        Button save = new Button(getTranslation("retention.save"), e -> {
            try {
                months.setValue(organisations.changeRetentionMonths(organisationId, months.getValue()));
                months.setInvalid(false);
                Notification.show(getTranslation("retention.saved"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserError error) {
                months.setErrorMessage(getTranslation(error.key(), error.args()));
                months.setInvalid(true);
            }
        });
        save.setId("retention-save");
        add(months, save);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        setWidthFull();
    }
}
