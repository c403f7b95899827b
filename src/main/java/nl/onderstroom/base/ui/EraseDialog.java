package nl.onderstroom.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.Normalizer;
import java.util.Locale;
import nl.onderstroom.base.UserError;

/**
 * Asks before something is erased for good: says in plain words what disappears, and lets the erase button work
 * only once the person has typed the name of what they erase. The erasing itself (its access rule, its audit entry)
 * is the caller's service call.
 */
public class EraseDialog extends Dialog {

    private final TextField typed = new TextField();
    private final Button erase = new Button();

    /**
     * @param titleKey  translation of the title, with the name as {0}
     * @param whatKey   translation of what disappears and what the audit log keeps
     * @param doneKey   translation of the notice afterwards, with the name as {0}
     * @param name      the name to type
     * @param action    the service call that erases; a {@link UserError} (NotFound too) is shown, the dialog stays
     * @param afterwards what the screen does once it is erased (usually: go to the list above)
     */
    public EraseDialog(String titleKey, String whatKey, String doneKey, String name, Runnable action, Runnable afterwards) {
        setId("erase-dialog");
        setHeaderTitle(getTranslation(titleKey, name));
        setMaxWidth("36em");
        Paragraph what = new Paragraph(getTranslation(whatKey));
        what.setId("erase-what");
        typed.setId("erase-name");
        typed.setLabel(getTranslation("anon.erase.type", name));
        typed.setWidthFull();
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        typed.addValueChangeListener(e -> erase.setEnabled(matches(e.getValue(), name)));
        erase.setText(getTranslation("anon.erase.confirm"));
        erase.setId("erase-confirm");
        erase.setIcon(VaadinIcon.TRASH.create());
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setEnabled(false);
        erase.setDisableOnClick(true);
        erase.addClickListener(e -> {
            if (!matches(typed.getValue(), name)) {
                return;
            }
            try {
                action.run();
            } catch (UserError ex) { // NotFound too: it is one
                erase.setEnabled(true);
                UiSetup.handle(ex);
                return;
            }
            close();
            Notification.show(getTranslation(doneKey, name), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterwards.run();
        });
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());
        cancel.setId("erase-cancel");
        add(what, typed);
        getFooter().add(cancel, erase);
    }

    /** The button that opens such a dialog: red, with a trash icon, its label ending in "…". */
    public static Button opener(String id, String labelKey, java.util.function.Supplier<EraseDialog> dialog) {
        Button button = new Button(VaadinIcon.TRASH.create());
        button.setText(button.getTranslation(labelKey));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.addClickListener(e -> dialog.get().open());
        return button;
    }

    /** The typed name matches when it is the same text, whatever the spaces around it, letter case and composition. */
    static boolean matches(String typed, String name) {
        return typed != null && normal(typed).equals(normal(name));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
