package nl.onderstroom.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationsViewTest extends ViewTestSupport {

    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;

    String suffix;
    long first;
    long second;
    long foreign;

    @BeforeEach
    void organisations() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            first = organisations.create("Eerste " + suffix).id();
            second = organisations.create("Tweede " + suffix).id();
            foreign = organisations.create("Ander " + suffix).id();
        });
    }

    @SuppressWarnings("unchecked")
    private static Grid<OrganisationSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("organisation-grid"));
    }

    @Test
    void an_advisor_sees_only_the_organisations_assigned_to_them() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of(first, second)));
        assertThat(currentView()).isEqualTo(OrganisationsView.class);
        assertThat(GridKt._findAll(grid())).extracting(OrganisationSummary::id).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void the_new_organisation_dialog_creates_one_and_opens_it() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of(first)));
        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
        _get(Dialog.class, spec -> spec.withId("organisation-dialog"));
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-name")), "Nieuw " + suffix);
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));

        assertThat(currentView()).isEqualTo(OrganisationView.class);
        assertThat(_get(H1.class, spec -> spec.withId("organisation-title")).getText()).isEqualTo("Nieuw " + suffix);
        _assertNone(Dialog.class, spec -> spec.withId("organisation-dialog"));
        navigate("");
        assertThat(GridKt._findAll(grid())).extracting(OrganisationSummary::name).contains("Nieuw " + suffix);
    }

    @Test
    void a_taken_name_shows_the_translated_error_on_the_field() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of(first)));
        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
        TextField name = _get(TextField.class, spec -> spec.withId("organisation-name"));
        _setValue(name, "Ander " + suffix);
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(t("organisation.error.nameTaken", "Ander " + suffix));
        assertThat(currentView()).isEqualTo(OrganisationsView.class);
    }

    @Test
    void a_director_opens_their_organisation_without_a_create_button() {
        AccountSummary director = SystemSession.call(() -> TestUsers.create(accounts, Role.DIRECTOR, second, Set.of()));
        loginAs(director);
        // a director lands on their start page (issue 10); the department list is one step away
        assertThat(currentView().getName()).isEqualTo("nl.onderstroom.start.StartView");
        navigate("organisations/" + second);
        assertThat(currentView()).isEqualTo(OrganisationView.class);
        assertThat(_get(H1.class, spec -> spec.withId("organisation-title")).getText()).isEqualTo("Tweede " + suffix);
        _assertNone(Button.class, spec -> spec.withId("new-organisation"));
    }
}
