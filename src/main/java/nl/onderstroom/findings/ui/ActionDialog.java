package nl.onderstroom.findings.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.findings.ActionDraft;
import nl.onderstroom.findings.ActionStatus;
import nl.onderstroom.findings.ActionView;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.Owner;

/** Agrees a new action on a finding, or changes one: what, owner (a director), due date, status. */
class ActionDialog extends Dialog {

    final TextField what = new TextField();
    final ComboBox<Owner> owner = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final Select<ActionStatus> status = new Select<>();

    ActionDialog(ActionsService actions, long scanId, FindingView finding, ActionView existing, Runnable afterwards) {
        setHeaderTitle(getTranslation(existing == null ? "findings.action.new" : "findings.action.edit"));
        setWidth("min(32rem, 100vw)");
        Paragraph about = new Paragraph(getTranslation("findings.action.about", finding.title()));
        about.addClassName("onderstroom-muted");
        what.setLabel(getTranslation("findings.action.what"));
        what.setId("action-what");
        what.setMaxLength(ActionDraft.MAX_WHAT);
        what.setWidthFull();
        owner.setLabel(getTranslation("findings.action.owner"));
        owner.setId("action-owner");
        owner.setItems(actions.owners(scanId));
        owner.setItemLabelGenerator(Owner::name);
        owner.setWidthFull();
        due.setLabel(getTranslation("findings.action.due"));
        due.setId("action-due");
        Locale locale = getLocale();
        due.setLocale(locale);
        status.setLabel(getTranslation("findings.action.status"));
        status.setId("action-status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(Labels.status(s)));
        status.setValue(ActionStatus.OPEN);
        if (existing != null) {
            what.setValue(existing.what());
            actions.owners(scanId).stream().filter(o -> existing.ownerId() != null && o.accountId() == existing.ownerId())
                    .findFirst().ifPresent(owner::setValue);
            due.setValue(existing.dueOn());
            status.setValue(existing.status());
        }
        VerticalLayout body = new VerticalLayout(about, what, owner, due, status);
        body.setPadding(false);
        add(body);
        Button save = new Button(getTranslation("findings.action.save"), e -> {
            ActionDraft draft = new ActionDraft(what.getValue(), owner.getValue() == null ? null
                    : owner.getValue().accountId(), due.getValue(), status.getValue());
            try {
                if (existing == null) {
                    actions.create(finding.id(), draft);
                } else {
                    actions.update(existing.id(), existing.version(), draft);
                }
                close();
                afterwards.run();
            } catch (UserError | org.springframework.security.access.AccessDeniedException error) {
                UiSetup.handle(error);
            }
        });
        save.setId("action-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("findings.action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
