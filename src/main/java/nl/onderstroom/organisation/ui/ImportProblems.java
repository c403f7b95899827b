package nl.onderstroom.organisation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import nl.onderstroom.base.ui.CsvProblemList;
import nl.onderstroom.organisation.DepartmentCsvService.ImportOutcome;

/**
 * The outcome of a department import: a short confirmation when the file was taken, else its problems by line here
 * (nothing was changed then). Hidden while there is nothing to list.
 */
class ImportProblems extends Div {

    ImportProblems() {
        setId("import-problems");
        addClassName("onderstroom-problems");
        setVisible(false);
    }

    /** Shows the outcome; returns whether the import went through. */
    boolean show(ImportOutcome outcome) {
        removeAll();
        if (outcome.ok()) {
            setVisible(false);
            Notification.show(getTranslation("organisation.csv.imported", outcome.created(), outcome.updated()),
                    5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        }
        add(new CsvProblemList("organisation.csv.failed", "organisation.csv.problemAtLine", outcome.problems()));
        setVisible(true);
        return false;
    }
}
