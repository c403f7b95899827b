package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import nl.onderstroom.scan.RespondentService;

/**
 * For a respondent whose code was used, or who comes back to this browser after sending: their answers were
 * received. Nothing more: not when, not what (docs/decisions/returning-respondent.md).
 */
class ReceivedStep extends Div {

    ReceivedStep(Runnable otherCode) {
        setId("survey-received");
        getElement().setAttribute("role", "status");
        H1 title = new H1(getTranslation("scan.survey.received.title"));
        title.setId("received-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        Paragraph text = new Paragraph(getTranslation(RespondentService.RECEIVED));
        text.setId("received-text");
        Button other = new Button(getTranslation("scan.survey.received.otherCode"), e -> otherCode.run());
        other.setId("received-other-code");
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title, text, other);
    }
}
