package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.RespondentService.Ticket;

/** The code from the invitation, typed in; a problem with it is said at the field, in the reader's language. */
class CodeEntryStep extends Div {

    /**
     * @param problem    the problem of the code in the link, or null
     * @param onEntered  called with the ticket of a code that works
     * @param onReceived called when the code's answers were sent already
     */
    CodeEntryStep(RespondentService respondents, RespondentSession.Problem problem, Consumer<Ticket> onEntered,
                  Runnable onReceived) {
        setWidthFull();
        H1 title = new H1(getTranslation("scan.survey.enter.title"));
        title.setId("code-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph explain = new Paragraph(getTranslation("scan.survey.enter.explain"));
        TextField code = new TextField(getTranslation("scan.survey.enter.code"));
        code.setId("code-field");
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setAutocomplete(Autocomplete.OFF);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("spellcheck", "false");
        code.setWidthFull();
        code.setMaxLength(40);
        code.setRequired(true);
        code.setManualValidation(true);
        // right under the field, and read out when it appears; the field itself is marked invalid
        Paragraph problemText = new Paragraph();
        problemText.setId("code-error");
        problemText.getElement().setAttribute("role", "alert");
        problemText.getStyle().set("color", "var(--lumo-error-text-color)");
        if (problem != null) {
            problemText.setText(Translations.get(getLocale(), problem.key(), problem.args()));
            code.setInvalid(true);
        }
        Button go = new Button(getTranslation("scan.survey.enter.submit"), e -> {
            try {
                Ticket ticket = RespondentSession.enter(respondents, code.getValue());
                code.clear();
                onEntered.accept(ticket);
            } catch (UserError ex) {
                if (RespondentService.RECEIVED.equals(ex.key())) {
                    onReceived.run();
                    return;
                }
                problemText.setText(Translations.text(getLocale(), ex));
                code.setInvalid(true);
                code.focus();
            }
        });
        go.setId("code-submit");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        add(title, explain, code, problemText, go);
        code.focus();
    }
}
