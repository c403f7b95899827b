package nl.onderstroom.scan.ui;

import elemental.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.onderstroom.scan.QuestionSet.Question;
import nl.onderstroom.scan.QuestionSet.Section;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.scan.ui.QuestionForm.Field;
import nl.onderstroom.scan.ui.QuestionForm.Option;

/** The advisor's own questions of a section, as fields of a {@link FormStep}; all optional. */
final class OwnQuestions {

    private static final String PREFIX = "custom-";

    private OwnQuestions() {
    }

    static void add(FormStep step, Section section, List<Field> fields) {
        for (Question question : step.context.info.questions().custom(section)) {
            String id = PREFIX + question.key();
            String label = question.text().in(step.locale());
            fields.add(switch (question.type()) {
                case RATING -> step.rating(id, label, 1, 5, "scan.survey.scale.agree");
                case CHOICE -> Field.radio(id, label, IntStream.range(0, question.choices().size())
                        .mapToObj(i -> new Option(Integer.toString(i), question.choices().get(i).in(step.locale()))).toList())
                        .asVertical();
                case TEXT -> FormStep.text(id, label);
            });
        }
    }

    static void values(SurveyContext context, Section section, Map<String, Object> values) {
        for (Question question : context.info.questions().custom(section)) {
            values.put(PREFIX + question.key(), context.answers().getCustom().get(question.key()));
        }
    }

    /** Applies the answer to one of the section's own questions; false for another field. */
    static boolean answer(SurveyContext context, Section section, String field, JsonValue value) {
        SurveyAnswers a = context.answers();
        for (Question question : context.info.questions().custom(section)) {
            if (field.equals(PREFIX + question.key())) {
                String v = question.type() == nl.onderstroom.scan.QuestionSet.Type.TEXT
                        ? QuestionForm.string(value)
                        : QuestionForm.number(value) == null ? null : QuestionForm.number(value).toString();
                a.getCustom().put(question.key(), v);
                return true;
            }
        }
        return false;
    }
}
