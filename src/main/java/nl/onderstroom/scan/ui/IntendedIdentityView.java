package nl.onderstroom.scan.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.scan.DirectorIdentityService;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.Role;

/**
 * A director gives the intended identity of an open scan of their organisation: the open identity questions and
 * the three statements, once. Reached from the results page while the scan is open.
 */
@Route("scans/:scanId/intended")
@RolesAllowed(Role.DIRECTOR_NAME)
class IntendedIdentityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DirectorIdentityService service;
    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
    private final Span error = new Span();
    private long scanId;

    IntendedIdentityView(DirectorIdentityService service) {
        this.service = service;
        setId("intended-view");
        addClassName("onderstroom-page");
        setMaxWidth("760px");
        error.setId("intended-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DirectorIdentityService.Form form;
        try {
            scanId = Long.parseLong(event.getRouteParameters().get("scanId").orElse(""));
            form = service.form(scanId);
        } catch (NumberFormatException | NotFound e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (UserError e) {
            removeAll();
            add(new H1(getTranslation("scan.intended.title")), message("intended-closed", Translations.text(getLocale(), e)));
            return;
        }
        removeAll();
        add(new H1(getTranslation("scan.intended.title")));
        Span scan = new Span(form.name());
        scan.setId("intended-scan");
        scan.getStyle().set("font-weight", "600");
        add(scan);
        if (form.answered()) {
            add(message("intended-done", getTranslation("scan.intended.done")));
            return;
        }
        Paragraph explain = new Paragraph(getTranslation("scan.intended.explain"));
        explain.addClassName("onderstroom-muted");
        add(explain);
        QuestionSet questions = form.questions();
        for (String key : QuestionSet.IDENTITY_TEXTS) {
            if (questions.has(key)) {
                TextArea area = new TextArea(questions.text(key, getLocale()));
                area.setId("intended-" + key.replace('.', '-'));
                area.setMaxLength(RespondentService.MAX_TEXT);
                area.setWidthFull();
                texts.put(key, area);
                add(area);
            }
        }
        for (String key : QuestionSet.IDENTITY_RATINGS) {
            if (questions.has(key)) {
                RadioButtonGroup<Integer> group = new RadioButtonGroup<>(questions.text(key, getLocale()));
                group.setId("intended-" + key.replace('.', '-'));
                group.setItems(IntStream.rangeClosed(1, 5).boxed().toList());
                group.setHelperText(getTranslation("scan.survey.scale.agree"));
                ratings.put(key, group);
                add(group);
            }
        }
        Button submit = new Button(getTranslation("scan.intended.submit"), e -> submit());
        submit.setId("intended-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        add(error, submit);
    }

    private void submit() {
        SurveyAnswers answers = new SurveyAnswers();
        texts.forEach((key, area) -> answers.getTexts().put(key, area.getValue()));
        ratings.forEach((key, group) -> answers.getRatings().put(key, group.getValue()));
        try {
            service.answer(scanId, answers);
        } catch (UserError e) {
            error.setText(Translations.text(getLocale(), e));
            getChildren().filter(c -> c instanceof Button).map(Button.class::cast).forEach(b -> b.setEnabled(true));
            return;
        }
        removeAll();
        add(new H1(getTranslation("scan.intended.title")), message("intended-done", getTranslation("scan.intended.thanks")));
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.intended.title") + " · Onderstroom";
    }
}
