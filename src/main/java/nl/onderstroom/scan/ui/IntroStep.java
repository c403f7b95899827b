package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.onderstroom.scan.InvitationCodes;
import nl.onderstroom.scan.PrivacyStatement;

/** Before the respondent starts: what is stored, for how long, who sees what; for an open link the resume code. */
class IntroStep extends SurveyStep {

    IntroStep(SurveyContext context) {
        super("step-intro");
        add(new Paragraph(getTranslation("scan.survey.intro.what")));
        add(new StatementList(PrivacyStatement.of(context.info)));
        if (context.ticket.resumeCode() != null) {
            Div resume = new Div();
            resume.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("padding", "var(--lumo-space-m)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            Span code = new Span(InvitationCodes.format(context.ticket.resumeCode()));
            code.setId("resume-code");
            code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)");
            resume.add(new Paragraph(getTranslation("scan.survey.intro.resume")), code);
            add(resume);
        }
    }
}
