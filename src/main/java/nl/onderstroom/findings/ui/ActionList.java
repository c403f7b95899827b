package nl.onderstroom.findings.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.onderstroom.findings.ActionView;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingView;

/** Every action agreed on the scan's findings, earliest due first, each to change in place. */
class ActionList extends Div {

    private final ActionsService actions;
    private final long scanId;
    private final Function<Long, Optional<FindingView>> findingOf;
    private final Runnable changed;

    ActionList(ActionsService actions, long scanId, Function<Long, Optional<FindingView>> findingOf,
               Runnable changed) {
        this.actions = actions;
        this.scanId = scanId;
        this.findingOf = findingOf;
        this.changed = changed;
        setId("findings-actions");
    }

    void render(List<ActionView> all) {
        removeAll();
        if (all.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("findings.view.noActions"));
            none.addClassName("onderstroom-muted");
            add(none);
        }
        all.forEach(a -> add(new ActionRow(actions, scanId, a, "all", findingOf, changed)));
    }
}
