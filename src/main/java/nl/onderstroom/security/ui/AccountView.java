package nl.onderstroom.security.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.ApiTokenSummary;
import nl.onderstroom.security.PasswordPolicy;
import nl.onderstroom.security.Role;

/** One's own account: change the password; advisors and administrators also manage personal API tokens. */
@Route("account")
@Menu(title = "security.account.menu", order = 90, icon = "USER")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<ApiTokenSummary> tokens = new Grid<>();

    AccountView(AccountService accounts) {
        this.accounts = accounts;
        setId("account-view");
        addClassName("onderstroom-page");
        AccountService.Me me = accounts.me();
        add(new H1(getTranslation("security.account.title")),
                new Paragraph(me.displayName() + " · " + me.email() + " · " + getTranslation("security.role." + me.role())));
        if (accounts.passwordChangeRequired()) {
            Paragraph mustChange = new Paragraph(getTranslation("security.password.mustChange"));
            mustChange.setId("password-change-required");
            mustChange.getStyle().set("font-weight", "600");
            add(mustChange);
        }
        add(passwordSection(me.email()));
        if (me.role() == Role.ADVISOR || me.role() == Role.ADMIN) {
            add(tokenSection());
        }
    }

    private VerticalLayout passwordSection(String email) {
        PasswordField current = new PasswordField(getTranslation("security.account.currentPassword"));
        current.setId("current-password");
        PasswordField next = new PasswordField(getTranslation("security.account.newPassword"));
        next.setId("new-password");
        next.setHelperText(getTranslation("security.password.rule", PasswordPolicy.MIN_LENGTH));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        PasswordField repeat = new PasswordField(getTranslation("security.account.repeatPassword"));
        repeat.setId("repeat-password");
        Button save = new Button(getTranslation("security.account.changePassword"));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                if (!next.getValue().equals(repeat.getValue())) {
                    throw new UserError("security.password.mismatch");
                }
                accounts.changeOwnPassword(current.getValue(), next.getValue());
                getElement().getChildren().filter(c -> "password-change-required".equals(c.getAttribute("id")))
                        .findFirst().ifPresent(c -> c.removeFromParent());
                current.clear();
                next.clear();
                repeat.clear();
                next.setInvalid(false);
                Notification.show(getTranslation("security.account.passwordChanged"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserError error) {
                PasswordField field = "security.password.currentWrong".equals(error.key()) ? current : next;
                field.setErrorMessage(Translations.text(getLocale(), error));
                field.setInvalid(true);
            } finally {
                save.setEnabled(true);
            }
        });
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("security.account.passwordTitle")), current, next, repeat, save);
        section.setPadding(false);
        section.setMaxWidth("28em");
        section.getChildren().forEach(c -> {
            if (c instanceof PasswordField f) {
                f.setWidthFull();
            }
        });
        return section;
    }

    private VerticalLayout tokenSection() {
        TextField name = new TextField(getTranslation("security.token.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        Button create = new Button(getTranslation("security.token.create"));
        create.setId("create-token");
        create.setDisableOnClick(true);
        create.addClickListener(e -> {
            try {
                AccountService.NewApiToken token = accounts.createApiToken(name.getValue());
                name.clear();
                refreshTokens();
                showOnce(token.token());
            } catch (UserError error) {
                name.setErrorMessage(Translations.text(getLocale(), error));
                name.setInvalid(true);
            } finally {
                create.setEnabled(true);
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        tokens.setId("token-grid");
        tokens.addThemeVariants(GridVariant.LUMO_COMPACT);
        tokens.setAllRowsVisible(true);
        tokens.setEmptyStateText(getTranslation("security.token.none"));
        tokens.addColumn(ApiTokenSummary::name).setHeader(getTranslation("security.token.name"));
        tokens.addColumn(t -> date.format(t.createdAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("security.token.created"));
        tokens.addColumn(t -> t.lastUsedOn() == null ? "–" : date.format(t.lastUsedOn()))
                .setHeader(getTranslation("security.token.lastUsed"));
        tokens.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("security.token.revoke"), e -> {
                accounts.revokeApiToken(t.id());
                refreshTokens();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        }).setHeader(nl.onderstroom.base.ui.ScreenReaderOnly.text(getTranslation("a11y.grid.actions")));
        refreshTokens();
        VerticalLayout section = new VerticalLayout(new H2(getTranslation("security.token.title")),
                new Paragraph(getTranslation("security.token.explain")), form, tokens);
        section.setPadding(false);
        return section;
    }

    private void showOnce(String token) {
        TextField value = new TextField();
        value.setId("new-token");
        value.setValue(token);
        value.setReadOnly(true);
        value.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("token-dialog");
        dialog.setHeader(getTranslation("security.token.shownOnceTitle"));
        dialog.add(new Text(getTranslation("security.token.shownOnce")), value);
        dialog.setConfirmText(getTranslation("base.action.close"));
        dialog.open();
    }

    private void refreshTokens() {
        tokens.setItems(accounts.myApiTokens());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.account.title") + " · Onderstroom";
    }
}
