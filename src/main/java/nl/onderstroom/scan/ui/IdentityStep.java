package nl.onderstroom.scan.ui;

import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.QuestionSet.Section;
import nl.onderstroom.scan.ui.QuestionForm.Field;

/** Who we are: the open identity questions, the three ratings (identity, integrity, image) and own questions. */
class IdentityStep extends FormStep {

    IdentityStep(SurveyContext context) {
        super("step-identity", context);
        add(form);
    }

    static String textId(String key) {
        return "text-" + key.replace('.', '-');
    }

    static String ratingId(String key) {
        return "rating-" + key.replace('.', '-');
    }

    @Override
    List<Field> fields() {
        QuestionSet q = context.info.questions();
        List<Field> fields = new ArrayList<>();
        fields.add(Field.note("", getTranslation(context.ticket.director()
                ? "scan.survey.identity.director" : "scan.survey.identity.explain")));
        for (String key : QuestionSet.IDENTITY_TEXTS) {
            if (q.has(key)) {
                fields.add(text(textId(key), q.text(key, getLocale())));
            }
        }
        for (String key : QuestionSet.IDENTITY_RATINGS) {
            if (q.has(key)) {
                fields.add(rating(ratingId(key), q.text(key, getLocale()), 1, 5, "scan.survey.scale.agree"));
            }
        }
        OwnQuestions.add(this, Section.IDENTITY, fields);
        return fields;
    }

    @Override
    Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        QuestionSet.IDENTITY_TEXTS.forEach(k -> v.put(textId(k), context.answers().getTexts().get(k)));
        QuestionSet.IDENTITY_RATINGS.forEach(k -> v.put(ratingId(k), context.answers().getRatings().get(k)));
        OwnQuestions.values(context, Section.IDENTITY, v);
        return v;
    }

    @Override
    boolean answer(String field, JsonValue value) {
        QuestionSet q = context.info.questions();
        for (String key : QuestionSet.IDENTITY_TEXTS) {
            if (field.equals(textId(key)) && q.has(key)) {
                context.answers().getTexts().put(key, QuestionForm.string(value));
                return true;
            }
        }
        for (String key : QuestionSet.IDENTITY_RATINGS) {
            if (field.equals(ratingId(key)) && q.has(key)) {
                context.answers().getRatings().put(key, QuestionForm.number(value));
                return true;
            }
        }
        return OwnQuestions.answer(context, Section.IDENTITY, field, value);
    }
}
