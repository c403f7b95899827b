package nl.onderstroom.findings.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import nl.onderstroom.findings.ActionStatus;
import nl.onderstroom.findings.ActionView;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingView;

/**
 * One agreed action: what, owner, due date and finding, an overdue mark, its status to change in place, and a
 * button to edit it in the {@link ActionDialog}, with the finding as it is now ({@code findingOf}). {@code where}
 * keeps the ids apart when an action shows twice on the page.
 */
class ActionRow extends Div {

    ActionRow(ActionsService actions, long scanId, ActionView a, String where,
              Function<Long, Optional<FindingView>> findingOf, Runnable changed) {
        addClassName("findings-action");
        setId("action-" + where + "-" + a.id());
        if (a.overdue()) {
            addClassName("findings-action-overdue");
        }
        Styles.actionRow(this, a.overdue());
        String due = a.dueOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
        Span what = new Span(a.what());
        what.addClassName("findings-action-what");
        Span meta = new Span(getTranslation("findings.view.actionMeta",
                a.ownerName() == null ? getTranslation("findings.view.noOwner") : a.ownerName(), due,
                a.findingTitle()));
        meta.addClassName("onderstroom-muted");
        add(what, meta);
        if (a.overdue()) {
            Span overdue = new Span(getTranslation("findings.view.overdue"));
            overdue.addClassName("findings-overdue");
            Styles.badge(overdue, "var(--lumo-error-color-10pct)");
            overdue.getStyle().set("color", "var(--lumo-error-text-color)");
            add(overdue);
        }
        Select<ActionStatus> status = new Select<>();
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(Labels.status(s)));
        status.setValue(a.status());
        status.setAriaLabel(getTranslation("findings.action.status"));
        status.addClassName("findings-action-status");
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiCalls.act(() -> actions.setStatus(a.id(), e.getValue()), changed);
            }
        });
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> findingOf.apply(a.findingId()).ifPresent(f ->
                new ActionDialog(actions, scanId, f, a, changed).open()));
        edit.setAriaLabel(getTranslation("findings.view.editAction", a.what()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(status, edit);
    }
}
