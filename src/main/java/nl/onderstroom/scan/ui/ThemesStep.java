package nl.onderstroom.scan.ui;

import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.QuestionSet.Section;
import nl.onderstroom.scan.ui.QuestionForm.Field;

/** The undercurrents: how strongly each theme plays, what goes on beneath the surface, and own questions. */
class ThemesStep extends FormStep {

    private static final String THEME = "theme-";
    static final String OPEN = "undercurrent-open";

    ThemesStep(SurveyContext context) {
        super("step-undercurrents", context);
        add(form);
    }

    @Override
    List<Field> fields() {
        QuestionSet q = context.info.questions();
        List<Field> fields = new ArrayList<>();
        fields.add(Field.note("", q.text("undercurrents.intensity", getLocale())));
        fields.add(Field.note("", getTranslation("scan.survey.scale.theme")).asMuted());
        for (QuestionSet.Theme t : q.themes()) {
            fields.add(rating(THEME + t.key(), t.label().in(getLocale()), 0, 4, null));
        }
        if (q.has(QuestionSet.UNDERCURRENT_OPEN)) {
            fields.add(text(OPEN, q.text(QuestionSet.UNDERCURRENT_OPEN, getLocale())));
        }
        OwnQuestions.add(this, Section.UNDERCURRENTS, fields);
        return fields;
    }

    @Override
    Map<String, Object> values() {
        Map<String, Object> v = new LinkedHashMap<>();
        for (QuestionSet.Theme t : context.info.questions().themes()) {
            v.put(THEME + t.key(), context.answers().getThemes().get(t.key()));
        }
        v.put(OPEN, context.answers().getTexts().get(QuestionSet.UNDERCURRENT_OPEN));
        OwnQuestions.values(context, Section.UNDERCURRENTS, v);
        return v;
    }

    @Override
    boolean answer(String field, JsonValue value) {
        if (OPEN.equals(field)) {
            context.answers().getTexts().put(QuestionSet.UNDERCURRENT_OPEN, QuestionForm.string(value));
            return true;
        }
        if (field.startsWith(THEME)) {
            String key = field.substring(THEME.length());
            if (context.info.questions().themeKeys().contains(key)) {
                context.answers().getThemes().put(key, QuestionForm.number(value));
                return true;
            }
            return false;
        }
        return OwnQuestions.answer(context, Section.UNDERCURRENTS, field, value);
    }
}
