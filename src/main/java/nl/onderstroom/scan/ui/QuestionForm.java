package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.onderstroom.base.Translations;

/**
 * The questions of one survey step, drawn in the browser by {@code <onderstroom-questions>}: the server keeps one
 * element and no field state, so a step with nine connection cards costs the session a few hundred bytes instead of
 * the ~900 elements of server-side fields (docs/decisions/light-respondent-session.md). What to draw is computed
 * from the answers whenever it is sent; an answer comes back as one {@code answer} event with the field's id.
 */
@Tag("onderstroom-questions")
@JsModule("./src/onderstroom-questions.ts")
class QuestionForm extends Component {

    /** The DOM event the browser sends with {@code {id, value}} when an answer changed. */
    static final String ANSWER_EVENT = "answer";

    enum Kind { RADIO, CHECKS, TEXT, NOTE, GROUP, LIST }

    record Option(String value, String label) {
    }

    /**
     * One question (or a note or a group of questions) as the browser draws it.
     *
     * @param name what a screen reader reads instead of the label, when the label alone does not say what it is about
     */
    record Field(String id, Kind kind, String label, String name, String helper, boolean required, boolean vertical,
                 boolean muted, List<Option> options, int max, List<Field> fields) {

        static Field radio(String id, String label, List<Option> options) {
            return new Field(id, Kind.RADIO, label, null, null, false, false, false, options, 0, List.of());
        }

        static Field checks(String id, String label, List<Option> options) {
            return new Field(id, Kind.CHECKS, label, null, null, false, true, false, options, 0, List.of());
        }

        static Field text(String id, String label, int max) {
            return new Field(id, Kind.TEXT, label, null, null, false, false, false, List.of(), max, List.of());
        }

        static Field note(String id, String text) {
            return new Field(id, Kind.NOTE, text, null, null, false, false, false, List.of(), 0, List.of());
        }

        /** A list of lines, shown as the text they are. */
        static Field list(String id, List<String> lines) {
            return new Field(id, Kind.LIST, null, null, null, false, false, false,
                    lines.stream().map(l -> new Option("", l)).toList(), 0, List.of());
        }

        /** A card with a heading (when {@code title} is given) or a plain container. */
        static Field group(String id, String title, List<Field> fields) {
            return new Field(id, Kind.GROUP, title, null, null, false, false, false, List.of(), 0, fields);
        }

        Field asRequired() {
            return new Field(id, kind, label, name, helper, true, vertical, muted, options, max, fields);
        }

        Field helper(String text) {
            return new Field(id, kind, label, name, text, required, vertical, muted, options, max, fields);
        }

        Field named(String accessibleName) {
            return new Field(id, kind, label, accessibleName, helper, required, vertical, muted, options, max, fields);
        }

        Field asVertical() {
            return new Field(id, kind, label, name, helper, required, true, muted, options, max, fields);
        }

        Field asMuted() {
            return new Field(id, kind, label, name, helper, required, vertical, true, options, max, fields);
        }

        /** This field and every field inside it, in screen order. */
        Stream<Field> all() {
            return Stream.concat(Stream.of(this), fields.stream().flatMap(Field::all));
        }
    }

    private final Supplier<List<Field>> fields;
    private final Supplier<Map<String, Object>> values;
    /** The fields now marked with a problem, and the message at each. */
    private Map<String, String> problems = Map.of();

    /**
     * @param fields   what to draw, computed anew each time it is sent
     * @param values   the answers so far by field id: a String, a Collection of Strings, or null
     * @param onAnswer called with the field's id and the value the browser sent (a string, an array, or null)
     */
    QuestionForm(Supplier<List<Field>> fields, Supplier<Map<String, Object>> values, BiConsumer<String, JsonValue> onAnswer) {
        this.fields = fields;
        this.values = values;
        getElement().addEventListener(ANSWER_EVENT, e -> {
            JsonObject data = e.getEventData();
            if (data.hasKey("event.detail.id") && data.get("event.detail.id").getType() == JsonType.STRING) {
                onAnswer.accept(data.getString("event.detail.id"), data.get("event.detail.value"));
            }
        }).addEventData("event.detail.id").addEventData("event.detail.value");
        getElement().getStyle().set("display", "block").set("width", "100%");
        addAttachListener(e -> show());
    }

    /** Draws the questions with the answers as they are now. Sent once: the server keeps none of it. */
    void show() {
        Locale locale = getLocale();
        JsonObject data = Json.createObject();
        JsonArray list = Json.createArray();
        fields().forEach(f -> list.set(list.length(), json(f)));
        data.put("fields", list);
        JsonObject given = Json.createObject();
        values.get().forEach((id, v) -> {
            if (v instanceof Collection<?> many) {
                JsonArray a = Json.createArray();
                many.forEach(x -> a.set(a.length(), String.valueOf(x)));
                given.put(id, a);
            } else if (v != null) {
                given.put(id, String.valueOf(v));
            }
        });
        data.put("values", given);
        data.put("problems", problemsJson());
        data.put("counter", counterPattern(locale));
        data.put("lang", locale.getLanguage());
        getElement().executeJs("this.show($0)", data);
    }

    /** Shows these problems at their fields and clears the others; with {@code focus}, the first gets the focus. */
    void mark(Map<String, String> messages, boolean focus) {
        problems = messages.isEmpty() ? Map.of() : new LinkedHashMap<>(messages);
        getElement().executeJs("this.mark($0)", problemsJson());
        if (focus && !problems.isEmpty()) {
            getElement().executeJs("this.focusFirstProblem()");
        }
    }

    /** The marked fields with their messages. */
    Map<String, String> problems() {
        return problems;
    }

    /** What the browser is asked to draw: computed now, not kept. */
    List<Field> fields() {
        return fields.get();
    }

    Optional<Field> field(String id) {
        return fields().stream().flatMap(Field::all).filter(f -> id.equals(f.id())).findFirst();
    }

    /** The answer a field shows (a String, a Collection, or null). */
    Object value(String id) {
        return values.get().get(id);
    }

    private JsonObject problemsJson() {
        JsonObject p = Json.createObject();
        problems.forEach(p::put);
        return p;
    }

    private static JsonObject json(Field f) {
        JsonObject o = Json.createObject();
        o.put("id", f.id() == null ? "" : f.id());
        o.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
        if (f.label() != null) {
            o.put("label", f.label());
        }
        if (f.name() != null) {
            o.put("name", f.name());
        }
        if (f.helper() != null) {
            o.put("helper", f.helper());
        }
        if (f.required()) {
            o.put("required", true);
        }
        if (f.vertical()) {
            o.put("vertical", true);
        }
        if (f.muted()) {
            o.put("muted", true);
        }
        if (f.max() > 0) {
            o.put("max", f.max());
        }
        if (!f.options().isEmpty()) {
            JsonArray options = Json.createArray();
            for (Option option : f.options()) {
                JsonObject x = Json.createObject();
                x.put("value", option.value());
                x.put("label", option.label());
                options.set(options.length(), x);
            }
            o.put("options", options);
        }
        if (!f.fields().isEmpty() || f.kind() == Kind.GROUP) {
            JsonArray children = Json.createArray();
            f.fields().forEach(c -> children.set(children.length(), json(c)));
            o.put("fields", children);
        }
        return o;
    }

    /** The counter's wording with {0} and {1} where the browser puts the numbers (formatted in the reader's locale). */
    static String counterPattern(Locale locale) {
        java.text.NumberFormat n = java.text.NumberFormat.getIntegerInstance(locale);
        return Translations.get(locale, "scan.survey.counter", 7_654_321, 8_765_432)
                .replace(n.format(7_654_321), "{0}").replace(n.format(8_765_432), "{1}");
    }

    /** A value the browser sent as a string: null when empty or not a string. */
    static String string(JsonValue v) {
        return v != null && v.getType() == JsonType.STRING && !v.asString().isEmpty() ? v.asString() : null;
    }

    /** A value the browser sent as a whole number: null when empty or not a number. */
    static Integer number(JsonValue v) {
        String s = string(v);
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value the browser sent as a list of strings. */
    static List<String> strings(JsonValue v) {
        if (v == null || v.getType() != JsonType.ARRAY) {
            return List.of();
        }
        JsonArray a = (JsonArray) v;
        return java.util.stream.IntStream.range(0, a.length()).mapToObj(i -> (JsonValue) a.get(i))
                .filter(x -> x.getType() == JsonType.STRING).map(JsonValue::asString).toList();
    }
}
