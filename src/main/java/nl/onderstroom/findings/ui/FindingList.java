package nl.onderstroom.findings.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import nl.onderstroom.findings.ActionView;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingEditService;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.Narrative;
import nl.onderstroom.map.ScanResults;

/**
 * The findings in presentation order, each as a card with its narrative, parts, who is editing it, and its actions.
 * Advisors edit ({@code edit}), move and remove findings here; everyone may add an action. Keeps the keyboard on the
 * moved finding's button across the page's re-read ({@code changed}).
 */
class FindingList extends Div {

    /** What the cards need from the page: the services, the scan, the reader, and how to call back. */
    record Context(FindingEditService edits, ActionsService actions, ScanResults results, long me, boolean advisor,
                   Consumer<FindingView> edit, Function<Long, Optional<FindingView>> findingOf, Runnable changed) {
    }

    private final Context context;
    private final long scanId;
    /** The id of the button to give focus back to after a re-render (moving a finding keeps the keyboard in place). */
    private String focusAfterRender;

    FindingList(Context context) {
        this.context = context;
        this.scanId = context.results().scan().id();
        setId("findings-list");
        addClassName("findings-list");
    }

    /** Shows {@code list} with each finding's own actions out of {@code allActions}. */
    void render(List<FindingView> list, List<ActionView> allActions) {
        removeAll();
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("findings.view.none"));
            none.addClassName("onderstroom-muted");
            add(none);
        }
        for (FindingView f : list) {
            add(card(f, list.size(), allActions.stream().filter(a -> a.findingId() == f.id()).toList()));
        }
        if (focusAfterRender != null) {
            String id = focusAfterRender;
            focusAfterRender = null;
            getChildren().flatMap(c -> c.getChildren()).flatMap(c -> c.getChildren())
                    .filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                    .filter(c -> c instanceof Button).ifPresent(c -> ((Button) c).focus());
        }
    }

    private Div card(FindingView f, int count, List<ActionView> own) {
        Div card = new Div();
        card.addClassName("findings-card");
        card.setId("finding-" + f.id());
        Styles.card(card);
        Span position = new Span(getTranslation("findings.view.position", f.position()));
        position.addClassName("findings-position");
        Styles.badge(position, "var(--lumo-contrast-10pct)");
        H4 head = new H4(f.title());
        head.addClassName("findings-card-title");
        head.getStyle().set("margin", "var(--lumo-space-xs) 0");
        card.add(position, head);
        if (f.editor() != null && f.editor().accountId() != context.me()) {
            Span lock = new Span(getTranslation("findings.view.editing", f.editor().name()));
            lock.addClassName("findings-lock");
            Styles.badge(lock, "var(--lumo-warning-color-10pct, #fff3cd)");
            lock.setId("finding-lock-" + f.id());
            card.add(lock);
        }
        Html narrative = new Html("<div class=\"findings-narrative\">" + Narrative.toHtml(f.narrative()) + "</div>");
        card.add(narrative);
        String parts = PartLabels.summary(f.parts(), context.results(), getLocale());
        if (!parts.isEmpty()) {
            Paragraph about = new Paragraph(getTranslation("findings.view.about", parts));
            about.addClassName("findings-about");
            card.add(about);
        }
        if (!f.stories().isEmpty()) {
            Span stories = new Span(getTranslation("findings.view.storyCount", f.stories().size()));
            stories.addClassName("onderstroom-muted");
            card.add(stories);
        }
        FlexLayout buttons = new FlexLayout();
        buttons.addClassName("findings-buttons");
        Styles.buttons(buttons);
        if (context.advisor()) {
            buttons.add(advisorButtons(f, count));
        }
        Button addAction = new Button(getTranslation("findings.view.addAction"), VaadinIcon.FLAG.create(),
                e -> new ActionDialog(context.actions(), scanId, f, null, context.changed()).open());
        addAction.setId("finding-action-" + f.id());
        addAction.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buttons.add(addAction);
        card.add(buttons);
        own.forEach(a -> card.add(new ActionRow(context.actions(), scanId, a, "f" + f.id(), context.findingOf(),
                context.changed())));
        return card;
    }

    private Button[] advisorButtons(FindingView f, int count) {
        Button edit = new Button(getTranslation("findings.view.edit"), VaadinIcon.EDIT.create(),
                e -> context.edit().accept(f));
        edit.setId("finding-edit-" + f.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(f, -1, "finding-up-" + f.id()));
        up.setId("finding-up-" + f.id());
        up.setAriaLabel(getTranslation("findings.view.moveUp", f.title()));
        up.setTooltipText(getTranslation("findings.view.moveUpShort"));
        up.setEnabled(f.position() > 1);
        up.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(f, +1, "finding-down-" + f.id()));
        down.setId("finding-down-" + f.id());
        down.setAriaLabel(getTranslation("findings.view.moveDown", f.title()));
        down.setTooltipText(getTranslation("findings.view.moveDownShort"));
        down.setEnabled(f.position() < count);
        down.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> UiCalls.act(() -> {
            context.edits().delete(f.id());
            return null;
        }, context.changed()));
        delete.setId("finding-delete-" + f.id());
        delete.setAriaLabel(getTranslation("findings.view.delete", f.title()));
        delete.setTooltipText(getTranslation("findings.view.deleteShort"));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new Button[] {edit, up, down, delete};
    }

    private void move(FindingView f, int delta, String focus) {
        focusAfterRender = focus;
        UiCalls.act(() -> context.edits().move(f.id(), delta), context.changed());
    }
}
