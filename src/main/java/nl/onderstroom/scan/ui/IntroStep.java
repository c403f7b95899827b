package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.onderstroom.scan.InvitationCodes;

/** Before the respondent starts: what is stored, for how long, who sees what; for an open link the resume code. */
class IntroStep extends SurveyStep {

    IntroStep(SurveyContext context) {
        super("step-intro");
        add(new Paragraph(getTranslation("scan.survey.intro.what")));
        UnorderedList list = new UnorderedList();
        for (String key : List.of("stored", "notStored", "texts", "whoSees", "threshold", "draft")) {
            list.add(new ListItem(getTranslation("scan.survey.intro." + key, context.info.threshold(), context.info.storyThreshold())));
        }
        ListItem retention = new ListItem(getTranslation("retention.survey.intro", context.info.textRetentionMonths()));
        retention.setId("intro-retention");
        list.addComponentAtIndex(3, retention);
        list.setId("intro-rules");
        add(list);
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
