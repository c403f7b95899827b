package nl.onderstroom.organisation.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;

/**
 * A department's name, parent and headcount. Raises a {@link SaveEvent} instead of calling a service, so it
 * tests without Spring; a department cannot be placed under itself or its own sub-departments.
 */
class DepartmentForm extends VerticalLayout {

    static final class SaveEvent extends ComponentEvent<DepartmentForm> {

        private final DepartmentDraft draft;

        SaveEvent(DepartmentForm source, DepartmentDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        DepartmentDraft draft() {
            return draft;
        }
    }

    final TextField name = new TextField();
    final ComboBox<DepartmentNode> parent = new ComboBox<>();
    final IntegerField headcount = new IntegerField();
    final Button save = new Button();

    DepartmentForm(List<DepartmentNode> departments, DepartmentNode editing, Long defaultParent) {
        setPadding(false);
        name.setId("department-name");
        name.setLabel(getTranslation("organisation.department.name"));
        name.setMaxLength(100);
        name.setRequired(true);
        parent.setId("department-parent");
        parent.setLabel(getTranslation("organisation.department.parent"));
        parent.setPlaceholder(getTranslation("organisation.department.topLevel"));
        parent.setClearButtonVisible(true);
        parent.setItemLabelGenerator(d -> "\u2003".repeat(d.depth()) + d.name());
        Set<Long> excluded = editing == null ? Set.of() : subtree(departments, editing.id());
        parent.setItems(departments.stream().filter(d -> !excluded.contains(d.id())).toList());
        headcount.setId("department-headcount");
        headcount.setLabel(getTranslation("organisation.department.headcount"));
        headcount.setHelperText(getTranslation("organisation.department.headcountHelp"));
        headcount.setMin(0);
        headcount.setMax(100_000);
        headcount.setStepButtonsVisible(true);

        if (editing != null) {
            name.setValue(editing.name());
            headcount.setValue(editing.headcount());
            departments.stream().filter(d -> Objects.equals(d.id(), editing.parentId())).findFirst().ifPresent(parent::setValue);
        } else {
            headcount.setValue(0);
            departments.stream().filter(d -> Objects.equals(d.id(), defaultParent)).findFirst().ifPresent(parent::setValue);
        }
        save.setId("department-save");
        save.setText(getTranslation("base.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, new DepartmentDraft(name.getValue(),
                parent.getValue() == null ? null : parent.getValue().id(),
                headcount.getValue() == null ? -1 : headcount.getValue()))));
        FormLayout form = new FormLayout(name, parent, headcount);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static Set<Long> subtree(List<DepartmentNode> departments, long root) {
        Set<Long> out = new HashSet<>();
        out.add(root);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (DepartmentNode d : departments) {
                if (d.parentId() != null && out.contains(d.parentId()) && out.add(d.id())) {
                    grew = true;
                }
            }
        }
        return out;
    }
}
