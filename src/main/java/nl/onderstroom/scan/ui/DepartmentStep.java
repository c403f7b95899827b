package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.scan.AnswerRules;

/** The own department, for a respondent whose link does not fix it: one field, chosen from the tree by its path. */
class DepartmentStep extends SurveyStep {

    static final String FIELD = "department-choice";

    private final SurveyContext context;
    private final ComboBox<DepartmentNode> choice;

    DepartmentStep(SurveyContext context) {
        super("step-department");
        this.context = context;
        choice = new ComboBox<>(getTranslation("scan.survey.department.choose"));
        choice.setId(FIELD);
        choice.setItems(context.info.departments());
        choice.setItemLabelGenerator(d -> context.path(d.id()));
        choice.setWidthFull();
        choice.setRequiredIndicatorVisible(true);
        choice.setManualValidation(true);
        choice.getElement().setAttribute("aria-required", "true");
        Long chosen = context.answers().getDepartmentId();
        context.info.departments().stream().filter(d -> chosen != null && d.id() == chosen).findFirst().ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            var a = context.answers();
            a.setDepartmentId(e.getValue() == null ? null : e.getValue().id());
            a.getConnections().removeIf(c -> c.getTargetId().equals(a.getDepartmentId()));
            context.changed();
        });
        add(new Paragraph(getTranslation("scan.survey.department.explain")), choice);
    }

    @Override
    List<AnswerRules.Problem> problems() {
        return AnswerRules.department(context.answers(), context.departmentIds());
    }

    @Override
    void mark(Map<String, String> messages, boolean focus) {
        String message = messages.get(FIELD);
        choice.setErrorMessage(message);
        choice.setInvalid(message != null);
        if (message != null && focus) {
            choice.focus();
        }
    }

    @Override
    Map<String, String> marked() {
        return choice.isInvalid() ? Map.of(FIELD, choice.getErrorMessage()) : Map.of();
    }
}
