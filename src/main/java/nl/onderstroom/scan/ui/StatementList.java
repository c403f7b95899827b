package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.onderstroom.scan.PrivacyStatement;

/** The privacy statement on the survey's first step: one list item per claim, each with a stable id. */
class StatementList extends UnorderedList {

    StatementList(PrivacyStatement statement) {
        setId("intro-rules");
        for (PrivacyStatement.Line line : statement.lines()) {
            ListItem item = new ListItem(getTranslation(line.key(), line.args().toArray()));
            item.setId("retention".equals(line.id()) ? "intro-retention" : "statement-" + line.id());
            add(item);
        }
    }
}
