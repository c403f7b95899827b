package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.onderstroom.scan.AnswerRules;

/**
 * One step of the survey under the frame (title, progress, navigation) that {@link SurveyView} draws. A step knows
 * which of {@link AnswerRules} apply to it and at which field each problem is shown.
 */
abstract class SurveyStep extends Div {

    SurveyStep(String id) {
        setId(id);
        setWidthFull();
    }

    /** What this step's answers still lack, in screen order. */
    List<AnswerRules.Problem> problems() {
        return List.of();
    }

    /** Shows these messages at their fields (by field id) and clears the others; the first gets the focus if asked. */
    void mark(Map<String, String> messages, boolean focus) {
    }

    /** The fields marked now, with their messages. */
    Map<String, String> marked() {
        return Map.of();
    }

    /**
     * Marks every question of the step that needs an answer, at the question, and focuses the first; a problem that
     * belongs to no single field goes, the first only, to {@code general} ("" when there is none).
     *
     * @return whether the step is complete
     */
    final boolean markAll(Consumer<String> general) {
        Map<String, String> messages = new LinkedHashMap<>();
        String unplaced = "";
        for (AnswerRules.Problem p : problems()) {
            String field = fieldOf(p);
            if (field == null) {
                unplaced = unplaced.isEmpty() ? getTranslation(p.key()) : unplaced;
            } else {
                messages.putIfAbsent(field, getTranslation(p.key()));
            }
        }
        general.accept(unplaced);
        mark(messages, true);
        return messages.isEmpty() && unplaced.isEmpty();
    }

    /** After a change: clears the marks of what is answered now; marks nothing new before the next "next". */
    final void unmarkAnswered() {
        if (marked().isEmpty()) {
            return;
        }
        Map<String, String> still = new LinkedHashMap<>();
        for (AnswerRules.Problem p : problems()) {
            String field = fieldOf(p);
            if (field != null && marked().containsKey(field)) {
                still.putIfAbsent(field, getTranslation(p.key()));
            }
        }
        if (!still.equals(marked())) {
            mark(still, false);
        }
    }

    /** The field a problem is shown at, or {@code null} for one that belongs to no single field. */
    static String fieldOf(AnswerRules.Problem p) {
        return switch (p.field()) {
            case DEPARTMENT -> "department-choice";
            case INNER_FLOW -> "inner-flow";
            case FREQUENCY -> "frequency-" + p.targetId();
            case IMPORTANCE -> "importance-" + p.targetId();
            case FLOW -> "flow-" + p.targetId();
            case STOP -> "stops-" + p.targetId();
            case CONNECTION -> null;
        };
    }
}
