package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.scan.AnswerRules;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;
import nl.onderstroom.scan.ui.QuestionForm.Field;
import nl.onderstroom.scan.ui.QuestionForm.Option;

/**
 * The connections: the flow within the own department, the departments the respondent works with, and for each a
 * card of four questions and an optional story. Every question of a card names its department to a screen reader.
 */
class ConnectionsStep extends FormStep {

    ConnectionsStep(SurveyContext context) {
        super("step-connections", context);
        Span own = new Span(getTranslation("scan.survey.connections.own", context.path(context.answers().getDepartmentId())));
        own.setId("own-department");
        add(new Paragraph(own), form);
    }

    @Override
    List<AnswerRules.Problem> problems() {
        return AnswerRules.connections(context.answers(), context.departmentIds());
    }

    private List<DepartmentNode> others() {
        Long own = context.answers().getDepartmentId();
        return context.info.departments().stream().filter(d -> own == null || d.id() != own).toList();
    }

    @Override
    List<Field> fields() {
        QuestionSet q = context.info.questions();
        SurveyAnswers a = context.answers();
        List<Field> fields = new ArrayList<>();
        fields.add(rating("inner-flow", q.text("connections.innerFlow", getLocale()), 1, 5, "scan.survey.scale.flow").asRequired());
        fields.add(Field.note("", getTranslation("scan.survey.connections.explain")));
        fields.add(Field.checks("connection-departments", getTranslation("scan.survey.connections.pick"),
                others().stream().map(d -> new Option(Long.toString(d.id()), context.path(d.id()))).toList()));
        List<Option> frequencies = Stream.of(Frequency.values())
                .map(f -> new Option(f.name(), getTranslation("scan.frequency." + f.name()))).toList();
        List<Option> stops = Stream.of(Stop.values()).map(s -> new Option(s.name(), getTranslation("scan.stop." + s.name()))).toList();
        List<Option> themes = q.themes().stream().map(t -> new Option(t.key(), t.label().in(getLocale()))).toList();
        List<Field> cards = new ArrayList<>();
        for (ConnectionAnswer c : a.getConnections()) {
            long id = c.getTargetId();
            String name = context.path(id);
            List<Field> card = new ArrayList<>();
            card.add(named(Field.radio("frequency-" + id, q.text("connections.frequency", getLocale()), frequencies), name).asRequired());
            card.add(named(rating("importance-" + id, q.text("connections.importance", getLocale()), 1, 5,
                    "scan.survey.scale.importance"), name).asRequired());
            card.add(named(rating("flow-" + id, q.text("connections.flow", getLocale()), 1, 5, "scan.survey.scale.flow"), name)
                    .asRequired());
            card.add(named(Field.radio("stops-" + id, q.text("connections.stops", getLocale()), stops), name).asRequired());
            if (q.has(QuestionSet.STORY)) {
                card.add(named(text("story-" + id, q.text(QuestionSet.STORY, getLocale())), name));
                card.add(named(Field.checks("story-themes-" + id, getTranslation("scan.survey.connections.storyThemes"), themes), name));
            }
            cards.add(Field.group("connection-" + id, name, card));
        }
        fields.add(Field.group("connection-cards", null, cards));
        return fields;
    }

    private Field named(Field f, String department) {
        return f.named(getTranslation("scan.survey.connections.about", f.label(), department));
    }

    @Override
    Map<String, Object> values() {
        SurveyAnswers a = context.answers();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("inner-flow", a.getInnerFlow());
        List<String> chosen = new ArrayList<>();
        for (ConnectionAnswer c : a.getConnections()) {
            long id = c.getTargetId();
            chosen.add(Long.toString(id));
            v.put("frequency-" + id, c.getFrequency() == null ? null : c.getFrequency().name());
            v.put("importance-" + id, c.getImportance());
            v.put("flow-" + id, c.getFlow());
            v.put("stops-" + id, c.getStop() == null ? null : c.getStop().name());
            v.put("story-" + id, c.getStory());
            v.put("story-themes-" + id, c.getStoryThemes());
        }
        v.put("connection-departments", chosen);
        return v;
    }

    @Override
    boolean answer(String field, JsonValue value) {
        SurveyAnswers a = context.answers();
        if ("inner-flow".equals(field)) {
            a.setInnerFlow(QuestionForm.number(value));
            return true;
        }
        if ("connection-departments".equals(field)) {
            choose(QuestionForm.strings(value));
            return true;
        }
        int dash = field.lastIndexOf('-');
        ConnectionAnswer c;
        try {
            c = a.connection(Long.parseLong(field.substring(dash + 1))).orElse(null);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return false;
        }
        if (c == null) {
            return false;
        }
        switch (field.substring(0, dash)) {
            case "frequency" -> c.setFrequency(enumOf(Frequency.class, QuestionForm.string(value)));
            case "importance" -> c.setImportance(QuestionForm.number(value));
            case "flow" -> c.setFlow(QuestionForm.number(value));
            case "stops" -> c.setStop(enumOf(Stop.class, QuestionForm.string(value)));
            case "story" -> c.setStory(QuestionForm.string(value));
            case "story-themes" -> c.setStoryThemes(new ArrayList<>(QuestionForm.strings(value)));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The chosen departments: a card for each new one, in the order of the list; the others' answers go. */
    private void choose(List<String> chosen) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String s : chosen) {
            try {
                ids.add(Long.parseLong(s));
            } catch (NumberFormatException e) {
                // not one of ours: ignored, as a department outside the list would be by the rules
            }
        }
        SurveyAnswers a = context.answers();
        a.getConnections().removeIf(c -> !ids.contains(c.getTargetId()));
        for (DepartmentNode d : others()) {
            if (ids.contains(d.id()) && a.connection(d.id()).isEmpty()) {
                a.getConnections().add(new ConnectionAnswer(d.id()));
            }
        }
        Map<String, String> still = new LinkedHashMap<>(form.problems());
        still.keySet().removeIf(k -> k.matches("(frequency|importance|flow|stops)-\\d+")
                && a.connection(Long.parseLong(k.substring(k.lastIndexOf('-') + 1))).isEmpty());
        form.mark(still, false);
        form.show();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
