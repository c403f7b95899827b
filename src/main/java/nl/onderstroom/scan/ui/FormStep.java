package nl.onderstroom.scan.ui;

import elemental.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.onderstroom.scan.ui.QuestionForm.Field;
import nl.onderstroom.scan.ui.QuestionForm.Option;

/** A step whose questions are drawn in the browser by one {@link QuestionForm}. */
abstract class FormStep extends SurveyStep {

    final SurveyContext context;
    final QuestionForm form;

    FormStep(String id, SurveyContext context) {
        super(id);
        this.context = context;
        this.form = new QuestionForm(this::fields, this::values, (field, value) -> {
            if (answer(field, value)) {
                context.changed();
            }
        });
    }

    /** The step's questions in screen order, computed from the answers as they are now. */
    abstract List<Field> fields();

    /** The answers the fields show, by field id. */
    abstract Map<String, Object> values();

    /** Applies an answer the browser sent; false for a field this step does not have. */
    abstract boolean answer(String field, JsonValue value);

    @Override
    void mark(Map<String, String> messages, boolean focus) {
        form.mark(messages, focus);
    }

    @Override
    Map<String, String> marked() {
        return form.problems();
    }

    /** A rating from {@code from} to {@code to}, with the scale's words under it when given. */
    Field rating(String id, String label, int from, int to, String scaleKey) {
        Field f = Field.radio(id, label, IntStream.rangeClosed(from, to)
                .mapToObj(i -> new Option(Integer.toString(i), Integer.toString(i))).toList());
        return scaleKey == null ? f : f.helper(getTranslation(scaleKey));
    }

    java.util.Locale locale() {
        return getLocale();
    }

    static Field text(String id, String label) {
        return Field.text(id, label, nl.onderstroom.scan.RespondentService.MAX_TEXT);
    }
}
