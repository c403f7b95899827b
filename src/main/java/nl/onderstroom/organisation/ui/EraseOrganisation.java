package nl.onderstroom.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import nl.onderstroom.base.ui.EraseDialog;
import nl.onderstroom.organisation.OrganisationErasure;
import nl.onderstroom.organisation.OrganisationSummary;

/** The organisation screen's "erase organisation…" (administrators): asks for the name, then erases everything. */
final class EraseOrganisation {

    private EraseOrganisation() {
    }

    static Button button(OrganisationErasure erasure, OrganisationSummary organisation) {
        return EraseDialog.opener("erase-organisation", "anon.erase.organisation.button",
                () -> new EraseDialog("anon.erase.organisation.title", "anon.erase.organisation.what",
                        "anon.erase.organisation.done", organisation.name(),
                        () -> erasure.eraseOrganisation(organisation.id()), () -> UI.getCurrent().navigate("")));
    }
}
