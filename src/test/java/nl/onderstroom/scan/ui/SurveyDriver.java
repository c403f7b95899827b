package nl.onderstroom.scan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;

/**
 * Answers the survey's questions in a Karibu UI as the browser does: the questions are drawn in the browser by
 * {@code <onderstroom-questions>}, which sends each answer as one event with the field's id and value. For tests
 * outside this package (the random-input test); the survey's own tests have the same helpers.
 */
public final class SurveyDriver {

    private SurveyDriver() {
    }

    /** Picks an option of a radio question: an enum by its name, a number as its digits. */
    public static void choose(String id, Object value) {
        answer(id, Json.create(value instanceof Enum<?> e ? e.name() : String.valueOf(value)));
    }

    /** Types a whole text into a free-text question. */
    public static void type(String id, String text) {
        answer(id, Json.create(text));
    }

    /** Ticks exactly these departments in the list of departments worked with. */
    public static void pick(long... departments) {
        JsonArray ids = Json.createArray();
        for (long d : departments) {
            ids.set(ids.length(), Long.toString(d));
        }
        answer("connection-departments", ids);
    }

    private static void answer(String id, JsonValue value) {
        QuestionForm form = _find(QuestionForm.class).stream().filter(f -> f.field(id).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id + " on this step"));
        JsonObject data = Json.createObject();
        data.put("event.detail.id", id);
        data.put("event.detail.value", value);
        ElementUtilsKt._fireDomEvent(form.getElement(), new DomEvent(form.getElement(), QuestionForm.ANSWER_EVENT, data));
    }
}
