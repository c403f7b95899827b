package nl.onderstroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.OrganisationDirectory.OrganisationRef;
import nl.onderstroom.security.PasswordPolicy;
import nl.onderstroom.security.Role;

/** Administrators: every account, its role and organisations; create, change, disable, reset a password. */
@Route("admin/accounts")
@Menu(title = "security.accounts.menu", order = 80, icon = "USERS")
@RolesAllowed(Role.ADMIN_NAME)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private Map<Long, String> organisationNames = Map.of();

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        setId("accounts-view");
        addClassName("onderstroom-page");
        setHeightFull();
        Button add = new Button(getTranslation("security.accounts.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("new-account");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("security.accounts.title")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId("account-grid");
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("security.accounts.email")).setAutoWidth(true).setSortable(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("security.accounts.name")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("security.role." + a.role())).setHeader(getTranslation("security.accounts.role")).setAutoWidth(true);
        grid.addColumn(this::organisationsOf).setHeader(getTranslation("security.accounts.organisations")).setFlexGrow(1);
        grid.addComponentColumn(a -> {
            Span state = new Span(getTranslation(a.enabled() ? "security.accounts.active" : "security.accounts.disabled"));
            state.getElement().getThemeList().add(a.enabled() ? "badge success" : "badge contrast");
            return state;
        }).setHeader(getTranslation("security.accounts.state")).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        add(header, grid);
        refresh();
    }

    private String organisationsOf(AccountSummary a) {
        Set<Long> ids = a.role() == Role.DIRECTOR && a.organisationId() != null ? Set.of(a.organisationId())
                : a.assignedOrganisations();
        if (a.role() == Role.ADMIN) {
            return getTranslation("security.accounts.allOrganisations");
        }
        return ids.stream().map(id -> organisationNames.getOrDefault(id, "?")).sorted().collect(Collectors.joining(", "));
    }

    private void refresh() {
        organisationNames = accounts.organisationChoices().stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
        grid.setItems(accounts.accounts());
    }

    /** Opens the form for a new account ({@code null}) or an existing one. */
    private void edit(AccountSummary existing) {
        List<OrganisationRef> choices = accounts.organisationChoices();
        Map<Long, OrganisationRef> byId = choices.stream().collect(Collectors.toMap(OrganisationRef::id, Function.identity()));
        Dialog dialog = new Dialog();
        dialog.setId("account-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "security.accounts.new" : "security.accounts.edit"));

        EmailField email = new EmailField(getTranslation("security.accounts.email"));
        email.setId("account-email");
        email.setMaxLength(254);
        TextField name = new TextField(getTranslation("security.accounts.name"));
        name.setId("account-name");
        name.setMaxLength(200);
        Select<Role> role = new Select<>();
        role.setId("account-role");
        role.setLabel(getTranslation("security.accounts.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("security.role." + r));
        ComboBox<OrganisationRef> organisation = new ComboBox<>(getTranslation("security.accounts.organisation"));
        organisation.setId("account-organisation");
        organisation.setItems(choices);
        organisation.setItemLabelGenerator(OrganisationRef::name);
        MultiSelectComboBox<OrganisationRef> assigned = new MultiSelectComboBox<>(getTranslation("security.accounts.assigned"));
        assigned.setId("account-assigned");
        assigned.setItems(choices);
        assigned.setItemLabelGenerator(OrganisationRef::name);
        PasswordField password = new PasswordField(getTranslation(existing == null
                ? "security.accounts.password" : "security.accounts.newPassword"));
        password.setId("account-password");
        password.setHelperText(getTranslation(existing == null ? "security.password.rule" : "security.accounts.passwordKeep",
                PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);

        role.addValueChangeListener(e -> {
            organisation.setVisible(e.getValue() == Role.DIRECTOR);
            assigned.setVisible(e.getValue() == Role.ADVISOR);
        });
        if (existing == null) {
            role.setValue(Role.ADVISOR);
        } else {
            email.setValue(existing.email());
            email.setReadOnly(true);
            name.setValue(existing.displayName());
            role.setValue(existing.role());
            if (existing.organisationId() != null) {
                organisation.setValue(byId.get(existing.organisationId()));
            }
            assigned.setValue(existing.assignedOrganisations().stream().map(byId::get).filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
        }
        FormLayout form = new FormLayout(email, name, role, organisation, assigned, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);

        Button save = new Button(getTranslation("base.action.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                Long orgId = organisation.getValue() == null ? null : organisation.getValue().id();
                Set<Long> assignedIds = new HashSet<>();
                assigned.getValue().forEach(o -> assignedIds.add(o.id()));
                if (existing == null) {
                    accounts.create(new AccountService.NewAccount(email.getValue(), name.getValue(), role.getValue(),
                            password.getValue(), orgId, assignedIds));
                } else {
                    accounts.update(existing.id(), new AccountService.AccountChange(name.getValue(), role.getValue(), orgId, assignedIds));
                    if (!password.getValue().isEmpty()) {
                        accounts.resetPassword(existing.id(), password.getValue());
                    }
                }
                dialog.close();
                refresh();
                Notification.show(getTranslation("security.accounts.saved"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserError error) {
                Notification n = Notification.show(Translations.text(getLocale(), error), 6000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                n.setId("account-error");
            } finally {
                save.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel);
        if (existing != null) {
            Button toggle = new Button(getTranslation(existing.enabled() ? "security.accounts.disable" : "security.accounts.enable"));
            toggle.setId("account-toggle");
            toggle.addThemeVariants(existing.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            toggle.addClickListener(e -> {
                accounts.setEnabled(existing.id(), !existing.enabled());
                dialog.close();
                refresh();
            });
            dialog.getFooter().add(toggle);
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.accounts.title") + " · Onderstroom";
    }
}
