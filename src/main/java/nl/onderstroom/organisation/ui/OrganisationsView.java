package nl.onderstroom.organisation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;

/** The organisations the user may see. A director with one organisation goes straight to it. */
@Route("")
@Menu(title = "organisation.list.menu", order = 10, icon = "BUILDING")
@PermitAll
class OrganisationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationService organisations;
    private final Grid<OrganisationSummary> grid = new Grid<>();
    private final boolean canCreate;

    OrganisationsView(OrganisationService organisations, TenantAccess access) {
        this.organisations = organisations;
        this.canCreate = access.currentRole().filter(r -> r == Role.ADVISOR || r == Role.ADMIN).isPresent();
        setId("organisations-view");
        addClassName("onderstroom-page");
        setHeightFull();

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("organisation.list.title")));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (canCreate) {
            Button create = new Button(getTranslation("organisation.list.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.setId("new-organisation");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        grid.setId("organisation-grid");
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisation.list.name")).setFlexGrow(1).setSortable(true);
        grid.addColumn(OrganisationSummary::departments).setHeader(getTranslation("organisation.list.departments")).setAutoWidth(true);
        grid.addColumn(OrganisationSummary::headcount).setHeader(getTranslation("organisation.list.headcount")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("organisation.list.empty"));
        add(header, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<OrganisationSummary> list = organisations.organisations();
        if (list.size() == 1 && !canCreate) {
            event.forwardTo(OrganisationView.class, new RouteParameters("organisationId", String.valueOf(list.get(0).id())));
            return;
        }
        grid.setItems(list);
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(OrganisationView.class, new RouteParameters("organisationId", String.valueOf(id))));
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setId("organisation-dialog");
        dialog.setHeaderTitle(getTranslation("organisation.list.new"));
        TextField name = new TextField(getTranslation("organisation.list.name"));
        name.setId("organisation-name");
        name.setMaxLength(200);
        name.setWidth("22em");
        name.setMaxWidth("100%");
        dialog.add(new Paragraph(getTranslation("organisation.list.newExplain")), name);
        Button save = new Button(getTranslation("base.action.create"));
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                OrganisationSummary created = organisations.create(name.getValue());
                dialog.close();
                open(created.id());
            } catch (UserError error) {
                name.setErrorMessage(Translations.text(getLocale(), error));
                name.setInvalid(true);
            } finally {
                save.setEnabled(true);
            }
        });
        dialog.getFooter().add(new Button(getTranslation("base.action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.list.title") + " · Onderstroom";
    }
}
