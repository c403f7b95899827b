package nl.onderstroom.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.DepartmentCsvService;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;

/** One organisation: its department tree, changed in place by advisors, read by its directors. */
@Route("organisations/:organisationId")
@PermitAll
class OrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrganisationService organisations;
    private final DepartmentCsvService departmentCsv;
    private final nl.onderstroom.organisation.OrganisationErasure erasure;
    private final boolean canErase;
    private final boolean canWrite;
    private final TreeGrid<DepartmentNode> tree = new TreeGrid<>();
    private final H1 title = new H1();
    private final Span totals = new Span();
    private final ImportProblems problems = new ImportProblems();
    private long organisationId;
    private OrganisationSummary organisation;
    private List<DepartmentNode> departments = List.of();

    OrganisationView(OrganisationService organisations, DepartmentCsvService departmentCsv, TenantAccess access,
                     nl.onderstroom.organisation.OrganisationErasure erasure) {
        this.organisations = organisations;
        this.departmentCsv = departmentCsv;
        this.erasure = erasure;
        this.canErase = access.currentRole().filter(r -> r == Role.ADMIN).isPresent();
        this.canWrite = access.currentRole().filter(r -> r == Role.ADVISOR || r == Role.ADMIN).isPresent();
        setId("organisation-view");
        addClassName("onderstroom-page");
        setHeightFull();
        title.setId("organisation-title");
        totals.setId("organisation-totals");
        totals.addClassName("onderstroom-muted");

        tree.setId("department-tree");
        tree.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        tree.addHierarchyColumn(DepartmentNode::name).setHeader(getTranslation("organisation.department.name"))
                .setFlexGrow(1).setWidth("8em").setTooltipGenerator(DepartmentNode::name);
        tree.addColumn(DepartmentNode::headcount).setHeader(getTranslation("organisation.department.headcountShort"))
                .setTooltipGenerator(d -> getTranslation("organisation.department.headcount"))
                .setWidth("5em").setFlexGrow(0);
        tree.setEmptyStateText(getTranslation("organisation.department.empty"));
        if (canWrite) {
            tree.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0)
                    .setHeader(nl.onderstroom.base.ui.ScreenReaderOnly.text(getTranslation("a11y.grid.actions")));
        }
        tree.setAllRowsVisible(false);
        tree.setHeight("100%");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            organisationId = Long.parseLong(event.getRouteParameters().get("organisationId").orElse(""));
            organisation = organisations.organisation(organisationId);
        } catch (NumberFormatException | NotFound e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        HorizontalLayout header = new HorizontalLayout(title);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.setWrap(true);
        if (canWrite) {
            Button rename = new Button(VaadinIcon.PENCIL.create(), e -> openRename());
            rename.setId("rename-organisation");
            rename.setAriaLabel(getTranslation("organisation.rename"));
            rename.setTooltipText(getTranslation("organisation.rename"));
            rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(rename);
            // the scan feature's list of this organisation's scans (by address: organisation does not depend on scan)
            Anchor scansLink = new Anchor("scans?organisation=" + organisationId, getTranslation("scan.organisation.scans"));
            scansLink.setId("organisation-scans");
            header.add(scansLink);
        }
        if (canErase) {
            header.add(EraseOrganisation.button(erasure, organisation));
        }
        add(header, totals);
        if (canWrite) {
            add(new RetentionField(organisations, organisationId), new PrivacyContactField(organisations, organisationId),
                    new DepartmentToolbar(() -> openForm(null, null), data -> departmentCsv.importDepartments(organisationId, data),
                            outcome -> {
                                if (problems.show(outcome)) {
                                    refresh();
                                }
                            }, () -> departmentCsv.exportDepartments(organisationId)), problems);
        }
        add(tree);
        setFlexGrow(1, tree);
        refresh();
    }

    private HorizontalLayout actions(DepartmentNode department) {
        Button sub = new Button(VaadinIcon.PLUS.create(), e -> openForm(null, department.id()));
        sub.setAriaLabel(getTranslation("organisation.department.addUnder", department.name()));
        sub.setTooltipText(getTranslation("organisation.department.addSub"));
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openForm(department, null));
        edit.setAriaLabel(getTranslation("organisation.department.edit", department.name()));
        edit.setTooltipText(getTranslation("organisation.department.editShort"));
        edit.addClassName("edit-department");
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(department));
        remove.setAriaLabel(getTranslation("organisation.department.remove", department.name()));
        remove.setTooltipText(getTranslation("organisation.department.removeShort"));
        remove.addClassName("remove-department");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(sub, edit, remove);
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON));
        actions.setSpacing(false);
        return actions;
    }

    private void openForm(DepartmentNode editing, Long defaultParent) {
        Dialog dialog = new Dialog();
        dialog.setId("department-dialog");
        dialog.setHeaderTitle(getTranslation(editing == null ? "organisation.department.add" : "organisation.department.editShort"));
        DepartmentForm form = new DepartmentForm(departments, editing, defaultParent);
        form.setWidth("24em");
        form.setMaxWidth("100%");
        form.addSaveListener(e -> {
            try {
                if (editing == null) {
                    organisations.addDepartment(organisationId, e.draft());
                } else {
                    organisations.updateDepartment(organisationId, editing.id(), e.draft());
                }
                dialog.close();
                refresh();
            } catch (UserError error) {
                form.name.setErrorMessage(Translations.text(getLocale(), error));
                form.name.setInvalid(true);
            }
        });
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("base.action.cancel"), e -> dialog.close()), form.save);
        dialog.open();
        form.name.focus();
    }

    private void confirmRemove(DepartmentNode department) {
        OrganisationService.RemovalImpact impact = organisations.removalImpact(organisationId, department.id());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("remove-dialog");
        confirm.setHeader(getTranslation("organisation.department.removeTitle", impact.name()));
        if (impact.blocked()) {
            confirm.setText(Translations.text(getLocale(), impact.blockers().get(0)));
            confirm.setConfirmText(getTranslation("base.action.close"));
        } else {
            String text = impact.children() == 0 ? getTranslation("organisation.department.removeText")
                    : getTranslation("organisation.department.removeChildren", impact.children(),
                    impact.newParentName() == null ? getTranslation("organisation.department.topLevel") : impact.newParentName());
            confirm.setText(text);
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("base.action.cancel"));
            confirm.setConfirmText(getTranslation("organisation.department.removeShort"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(e -> {
                organisations.removeDepartment(organisationId, department.id());
                refresh();
            });
        }
        confirm.open();
    }

    private void openRename() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("organisation.rename"));
        TextField name = new TextField(getTranslation("organisation.list.name"));
        name.setId("organisation-rename-name");
        name.setValue(organisation.name());
        name.setMaxLength(200);
        name.setWidth("22em");
        name.setMaxWidth("100%");
        Button save = new Button(getTranslation("base.action.save"), e -> {
            try {
                organisations.rename(organisationId, name.getValue());
                dialog.close();
                refresh();
            } catch (UserError error) {
                name.setErrorMessage(Translations.text(getLocale(), error));
                name.setInvalid(true);
            }
        });
        save.setId("organisation-rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("base.action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        organisation = organisations.organisation(organisationId);
        departments = organisations.departments(organisationId);
        title.setText(organisation.name());
        totals.setText(getTranslation("organisation.totals", organisation.departments(), organisation.headcount()));
        TreeData<DepartmentNode> data = new TreeData<>();
        Map<Long, DepartmentNode> byId = new HashMap<>();
        departments.forEach(d -> byId.put(d.id(), d));
        for (DepartmentNode d : departments) {
            data.addItem(d.parentId() == null ? null : byId.get(d.parentId()), d);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expandRecursively(data.getRootItems(), Integer.MAX_VALUE);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    @Override
    public String getPageTitle() {
        return (organisation == null ? "" : organisation.name() + " · ") + "Onderstroom";
    }
}
