package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import nl.onderstroom.scan.RespondentService.Outcome;

/** After "submit": thanks, or, when these answers had been sent before (another tab), that they were already in. */
class DoneStep extends Div {

    DoneStep(Outcome outcome) {
        setId("survey-done");
        H1 thanks = new H1(getTranslation("scan.survey.done.title"));
        thanks.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(thanks, new Paragraph(getTranslation(outcome == Outcome.SUBMITTED
                ? "scan.survey.done.text" : "scan.respond.alreadySubmitted")));
    }
}
