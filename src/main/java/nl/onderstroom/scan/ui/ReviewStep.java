package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;
import nl.onderstroom.scan.ui.QuestionForm.Field;

/**
 * Check and send: every answer per step as the text it is, with a button per step that names what it changes.
 * The lines are drawn in the browser (one element per step on the server).
 */
class ReviewStep extends SurveyStep {

    private final SurveyContext context;
    private final List<QuestionForm> lists = new ArrayList<>();

    /**
     * @param stepIndex the index of a step in the survey (-1 when it has none)
     * @param go        goes back to the step with that index
     */
    ReviewStep(SurveyContext context, java.util.function.ToIntFunction<SurveyView.Step> stepIndex, IntConsumer go) {
        super("step-review");
        this.context = context;
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("scan.survey.review.explain")));
        QuestionSet q = context.info.questions();
        if (!context.ticket.director()) {
            section(SurveyView.Step.CONNECTIONS, stepIndex, go, this::connections);
            section(SurveyView.Step.UNDERCURRENTS, stepIndex, go, lines -> {
                SurveyAnswers a = context.answers();
                for (QuestionSet.Theme t : q.themes()) {
                    lines.add(t.label().in(getLocale()) + ": " + value(a.getThemes().get(t.key())));
                }
                String open = a.getTexts().get(QuestionSet.UNDERCURRENT_OPEN);
                if (open != null) {
                    lines.add("“" + open + "”");
                }
            });
        }
        section(SurveyView.Step.IDENTITY, stepIndex, go, lines -> {
            SurveyAnswers a = context.answers();
            for (String key : QuestionSet.IDENTITY_TEXTS) {
                String v = a.getTexts().get(key);
                if (v != null && q.has(key)) {
                    lines.add(q.text(key, getLocale()) + " “" + v + "”");
                }
            }
            for (String key : QuestionSet.IDENTITY_RATINGS) {
                if (q.has(key)) {
                    lines.add(q.text(key, getLocale()) + " " + value(a.getRatings().get(key)));
                }
            }
        });
    }

    private void connections(List<String> lines) {
        SurveyAnswers a = context.answers();
        QuestionSet q = context.info.questions();
        lines.add(getTranslation("scan.survey.connections.own", context.path(a.getDepartmentId())));
        lines.add(q.text("connections.innerFlow", getLocale()) + " " + value(a.getInnerFlow()));
        for (ConnectionAnswer c : a.getConnections()) {
            lines.add(context.path(c.getTargetId()) + ": "
                    + (c.getFrequency() == null ? "–" : getTranslation("scan.frequency." + c.getFrequency().name()))
                    + " · " + getTranslation("scan.survey.review.importance", value(c.getImportance()))
                    + " · " + getTranslation("scan.survey.review.flow", value(c.getFlow()))
                    + " · " + (c.getStop() == null ? "–" : getTranslation("scan.stop." + c.getStop().name())));
            if (c.getStory() != null) {
                lines.add("“" + c.getStory() + "”");
            }
        }
    }

    private void section(SurveyView.Step step, java.util.function.ToIntFunction<SurveyView.Step> stepIndex, IntConsumer go,
                         Consumer<List<String>> fill) {
        int index = stepIndex.applyAsInt(step);
        String title = getTranslation("scan.survey.step." + step.name().toLowerCase(java.util.Locale.ROOT));
        H2 head = new H2(title);
        head.getStyle().set("font-size", "var(--lumo-font-size-l)");
        Button edit = new Button(getTranslation("scan.survey.review.editStep", title), e -> go.accept(index));
        edit.setId("review-edit-" + index);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(head, edit);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        QuestionForm list = new QuestionForm(() -> {
            List<String> lines = new ArrayList<>();
            fill.accept(lines);
            return List.of(Field.list("review-" + step.name().toLowerCase(java.util.Locale.ROOT), lines));
        }, Map::of, (String field, JsonValue value) -> { });
        lists.add(list);
        add(row, list);
    }

    /** Every line shown, in screen order. */
    List<String> lines() {
        return lists.stream().flatMap(l -> l.fields().stream()).flatMap(f -> f.options().stream())
                .map(QuestionForm.Option::label).toList();
    }

    private static String value(Integer v) {
        return v == null ? "–" : v.toString();
    }
}
