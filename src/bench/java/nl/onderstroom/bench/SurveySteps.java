package nl.onderstroom.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every survey-specific interaction of the benchmark's respondents, in one class. Finds the server-side parts by the
 * stable element ids the survey keeps (code-field, code-submit, survey-next, survey-submit, survey-received,
 * survey-done, step-…) and the questions by what the server asked each {@code <onderstroom-questions>} element to
 * draw ({@link VaadinUi#shown}). Each call of {@link #next} is what one person's action sends: one UIDL request. A
 * respondent answers every choice question (the third option), writes a short text in every text field, and picks
 * {@link #PICKED} departments on the connections step; the link's department is fixed, so there is no department step.
 */
final class SurveySteps {

    /** How many departments each respondent works with (a card of four questions and a story each). */
    static final int PICKED = 3;

    /** One action: its name in the report and the request body. */
    record Action(String name, String body) {
    }

    private SurveySteps() {
    }

    static boolean received(VaadinUi ui) {
        return ui.has("survey-received") || ui.has("survey-done");
    }

    /** The next thing a respondent with {@code code} does on the screen {@code ui} shows. */
    static Action next(VaadinUi ui, String code) {
        Optional<VaadinUi.Node> field = ui.byId("code-field");
        if (field.isPresent()) {
            VaadinUi.Node f = field.get();
            return new Action("enter code", ui.request(List.of(VaadinUi.sync(f, "value", new TextNode(code)),
                    VaadinUi.event(f.id, "change"), VaadinUi.click(ui.byId("code-submit").orElseThrow()))));
        }
        String step = step(ui);
        VaadinUi.Node content = ui.byId(step).orElseThrow(() -> new IllegalStateException("no survey step on screen"));
        if (step.equals("step-department")) {
            throw new IllegalStateException("the benchmark's codes fix the department; this one asks for it");
        }
        for (VaadinUi.Node form : ui.descendants(content, "onderstroom-questions")) {
            ObjectNode shown = ui.shown.get(form.id);
            if (shown == null) {
                continue;
            }
            List<ObjectNode> fields = new ArrayList<>();
            shown.path("fields").forEach(f -> flatten(f, fields));
            ObjectNode values = shown.get("values") instanceof ObjectNode v ? v : shown.putObject("values");
            for (ObjectNode f : fields) {
                String id = f.path("id").asText();
                JsonNode given = values.get(id);
                boolean empty = given == null || given.isNull() || given.isArray() && given.isEmpty()
                        || given.isTextual() && given.asText().isEmpty();
                if (!empty) {
                    continue;
                }
                JsonNode value = switch (f.path("kind").asText()) {
                    case "radio" -> {
                        JsonNode options = f.path("options");
                        yield options.get(Math.min(2, options.size() - 1)).path("value");
                    }
                    case "text" -> new TextNode("Benchmark: een korte tekst bij " + id + ".");
                    case "checks" -> id.equals("connection-departments") ? pick(f) : null;
                    default -> null;
                };
                if (value == null) {
                    continue;
                }
                // the element keeps what it sent, as <onderstroom-questions> does before it dispatches the event
                values.set(id, value);
                Map<String, JsonNode> data = new LinkedHashMap<>();
                data.put("event.detail.id", new TextNode(id));
                data.put("event.detail.value", value);
                String name = id.equals("connection-departments") ? "pick connections"
                        : f.path("kind").asText().equals("text") ? "answer text" : "answer";
                return new Action(name, ui.request(List.of(VaadinUi.event(form.id, "answer", data))));
            }
        }
        if (ui.has("survey-submit")) {
            return new Action("submit", ui.request(List.of(VaadinUi.click(ui.byId("survey-submit").orElseThrow()))));
        }
        return new Action("next step", ui.request(List.of(VaadinUi.click(ui.byId("survey-next").orElseThrow()))));
    }

    /** The event a page dispatches by itself after a delay (the draft's delayed save), or null. */
    static Action timed(VaadinUi ui) {
        VaadinUi.Timed t = ui.timed;
        ui.timed = null;
        return t == null || !ui.nodes.containsKey(t.node()) ? null
                : new Action("draft save", ui.request(List.of(VaadinUi.event(t.node(), t.event()))));
    }

    private static ArrayNode pick(ObjectNode field) {
        ArrayNode chosen = VaadinUi.JSON.createArrayNode();
        JsonNode options = field.path("options");
        for (int i = 0; i < Math.min(PICKED, options.size()); i++) {
            chosen.add(options.get(i).path("value").asText());
        }
        return chosen;
    }

    private static void flatten(JsonNode field, List<ObjectNode> into) {
        if (field instanceof ObjectNode o) {
            into.add(o);
        }
        field.path("fields").forEach(f -> flatten(f, into));
    }

    /** The id of the step on screen: the element whose id starts with "step-" (not the title). */
    static String step(VaadinUi ui) {
        return ui.nodes.values().stream().map(n -> n.attribute("id"))
                .filter(id -> id != null && id.startsWith("step-") && !id.equals("step-title"))
                .findFirst().orElse("");
    }
}
