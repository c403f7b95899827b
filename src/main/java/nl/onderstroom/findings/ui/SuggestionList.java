package nl.onderstroom.findings.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.SuggestedFinding;
import nl.onderstroom.findings.SuggestionsService;

/**
 * The suggested findings of a scan, each to accept, accept and edit, or dismiss; for advisors. Tells the page when
 * something changed ({@code changed}) and which accepted finding to open in the editor ({@code edit}).
 */
class SuggestionList extends Div {

    private final SuggestionsService suggestions;
    private final long scanId;
    private final Consumer<FindingView> edit;
    private final Runnable changed;

    SuggestionList(SuggestionsService suggestions, long scanId, Consumer<FindingView> edit, Runnable changed) {
        this.suggestions = suggestions;
        this.scanId = scanId;
        this.edit = edit;
        this.changed = changed;
        setId("findings-suggestions");
    }

    /** The button that brings the dismissed suggestions back. */
    Button restoreButton() {
        Button restore = new Button(getTranslation("findings.view.restoreDismissed"),
                e -> UiCalls.act(() -> suggestions.restoreDismissed(scanId), changed));
        restore.setId("findings-restore");
        restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return restore;
    }

    /** Re-reads the suggestions. */
    void render() {
        removeAll();
        List<SuggestedFinding> list = suggestions.suggestions(scanId, getLocale());
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("findings.view.noSuggestions"));
            none.addClassName("onderstroom-muted");
            add(none);
        }
        int i = 0;
        for (SuggestedFinding s : list) {
            add(card(s, i++));
        }
    }

    private Div card(SuggestedFinding s, int i) {
        Div card = new Div();
        card.addClassName("findings-suggestion");
        card.setId("suggestion-" + i);
        Styles.card(card);
        Span kind = new Span(getTranslation(Labels.kind(s.kind())));
        kind.addClassName("findings-kind");
        Styles.badge(kind, "var(--lumo-primary-color-10pct)");
        H4 head = new H4(s.title());
        Paragraph text = new Paragraph(s.text());
        Button accept = new Button(getTranslation("findings.view.accept"), VaadinIcon.CHECK.create(),
                e -> UiCalls.act(() -> suggestions.accept(scanId, s.key(), getLocale()), changed));
        accept.setId("suggestion-accept-" + i);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button acceptEdit = new Button(getTranslation("findings.view.acceptEdit"), VaadinIcon.EDIT.create(), e -> {
            try {
                edit.accept(suggestions.accept(scanId, s.key(), getLocale()));
            } catch (UserError error) {
                UiSetup.handle(error);
            }
        });
        acceptEdit.setId("suggestion-edit-" + i);
        acceptEdit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button dismiss = new Button(getTranslation("findings.view.dismiss"), VaadinIcon.CLOSE_SMALL.create(),
                e -> UiCalls.act(() -> {
                    suggestions.dismiss(scanId, s.key());
                    return null;
                }, changed));
        dismiss.setId("suggestion-dismiss-" + i);
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        FlexLayout buttons = new FlexLayout(accept, acceptEdit, dismiss);
        buttons.addClassName("findings-buttons");
        Styles.buttons(buttons);
        card.add(kind, head, text, buttons);
        return card;
    }
}
