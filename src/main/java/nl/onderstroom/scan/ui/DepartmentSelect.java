package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.onderstroom.organisation.DepartmentNode;

/** A choice of one of the organisation's departments, indented by depth as in the tree. */
class DepartmentSelect extends Select<DepartmentNode> {

    DepartmentSelect(String id, List<DepartmentNode> departments) {
        setId(id);
        setLabel(getTranslation("scan.view.department"));
        setItems(departments);
        setItemLabelGenerator(d -> d == null ? "" : "\u2003".repeat(d.depth()) + d.name());
    }

    /** The chosen department's id, or {@code null} for none. */
    Long departmentId() {
        return getValue() == null ? null : getValue().id();
    }
}
