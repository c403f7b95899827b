package nl.onderstroom.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;

/**
 * Every survey-specific interaction of the benchmark's respondents, in one class (the survey view is being rebuilt;
 * adapt this class after that merge). Finds fields only by the stable element ids the survey keeps (code-field,
 * code-submit, survey-next, survey-submit, survey-received, connection-departments, connection-cards, ...) and by
 * the tags of Vaadin's components beneath them. Each call of {@link #next} is what one person's action sends: one
 * UIDL request.
 */
final class SurveySteps {

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
        if (step.equals("step-connections")) {
            Optional<VaadinUi.Node> pick = ui.byId("connection-departments");
            if (pick.isPresent() && ui.descendants(ui.byId("connection-cards").orElseThrow(), "vaadin-radio-group").isEmpty()) {
                List<VaadinUi.Node> boxes = ui.descendants(pick.get(), "vaadin-checkbox");
                String key = boxes.get(0).property("value").asText();
                return new Action("pick connection", ui.request(List.of(
                        VaadinUi.sync(pick.get(), "value", VaadinUi.JSON.createArrayNode().add(key)),
                        VaadinUi.event(pick.get().id, "value-changed"))));
            }
        }
        for (VaadinUi.Node group : ui.descendants(content, "vaadin-radio-group")) {
            if (group.property("value") == null || group.property("value").isNull() || group.property("value").asText().isEmpty()) {
                List<VaadinUi.Node> options = ui.descendants(group, "vaadin-radio-button");
                String key = options.get(Math.min(2, options.size() - 1)).property("value").asText();
                return new Action("answer", ui.request(List.of(VaadinUi.sync(group, "value", new TextNode(key)),
                        VaadinUi.event(group.id, "value-changed"))));
            }
        }
        if (ui.has("survey-submit")) {
            return new Action("submit", ui.request(List.of(VaadinUi.click(ui.byId("survey-submit").orElseThrow()))));
        }
        return new Action("next step", ui.request(List.of(VaadinUi.click(ui.byId("survey-next").orElseThrow()))));
    }

    /** The id of the step on screen: the element whose id starts with "step-" (not the title). */
    static String step(VaadinUi ui) {
        return ui.nodes.values().stream().map(n -> n.attribute("id"))
                .filter(id -> id != null && id.startsWith("step-") && !id.equals("step-title"))
                .findFirst().orElse("");
    }
}
