package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.ScanService.ScanSummary;
import nl.onderstroom.security.Role;

/** The scans of one organisation (chosen at the top), newest first; advisors start a new scan or wave here. */
@Route("scans")
@Menu(title = "scan.list.menu", order = 20, icon = "CLIPBOARD_CHECK")
@RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
class ScansView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScanService scans;
    private final OrganisationService organisations;
    private final Select<OrganisationSummary> organisation = new Select<>();
    private final Grid<ScanSummary> grid = new Grid<>();
    private final TextField name = new TextField();

    ScansView(ScanService scans, OrganisationService organisations) {
        this.scans = scans;
        this.organisations = organisations;
        setId("scans-view");
        addClassName("onderstroom-page");
        H1 title = new H1(getTranslation("scan.list.title"));
        organisation.setId("scan-organisation");
        organisation.setLabel(getTranslation("scan.list.organisation"));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                refresh();
                if (e.isFromClient()) {
                    getUI().ifPresent(ui -> ui.navigate("scans", QueryParameters.simple(Map.of("organisation",
                            String.valueOf(e.getValue().id())))));
                }
            }
        });

        name.setId("scan-name");
        name.setLabel(getTranslation("scan.list.newName"));
        name.setMaxLength(ScanService.MAX_NAME);
        Button create = new Button(getTranslation("scan.list.create"), VaadinIcon.PLUS.create(), e -> create());
        create.setId("scan-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        name.addKeyPressListener(Key.ENTER, e -> create());
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        Paragraph wave = new Paragraph(getTranslation("scan.list.wave"));
        wave.addClassName("onderstroom-muted");

        grid.setId("scan-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ScanSummary::name).setHeader(getTranslation("scan.list.name")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("scan.status." + s.status().name())).setHeader(getTranslation("scan.list.status"));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(s -> s.opensOn() == null ? "" : dates.format(s.opensOn())).setHeader(getTranslation("scan.list.opens"));
        grid.addColumn(s -> s.closesOn() == null ? "" : dates.format(s.closesOn())).setHeader(getTranslation("scan.list.closes"));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(true);
        add(title, organisation, form, wave, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.list.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<OrganisationSummary> all = organisations.organisations();
        organisation.setItems(all);
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("organisation").orElse(null);
        all.stream().filter(o -> String.valueOf(o.id()).equals(wanted)).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(organisation::setValue);
    }

    private void create() {
        if (organisation.getValue() == null) {
            return;
        }
        try {
            ScanSummary created = scans.create(organisation.getValue().id(), name.getValue());
            name.clear();
            open(created);
        } catch (UserError e) {
            UiSetup.handle(e);
        }
    }

    private void open(ScanSummary scan) {
        getUI().ifPresent(ui -> ui.navigate(ScanView.class, new RouteParameters("scanId", String.valueOf(scan.id()))));
    }

    private void refresh() {
        grid.setItems(scans.scans(organisation.getValue().id()));
    }
}
