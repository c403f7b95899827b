package nl.onderstroom.scan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.onderstroom.scan.ui.SurveyDriver.choose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * "Send" failed for a reason nobody expected (the database pool had no connection for it): the button comes back,
 * the answers are still there, and a second click sends them once. Found by the load benchmark, where the button
 * stayed disabled and respondents clicked it in vain.
 */
class SurveySendAgainViewTest extends nl.onderstroom.ViewTestSupport {

    @MockitoSpyBean
    RespondentService respondents;
    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void after_an_unexpected_error_send_comes_back_and_sends_once() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long[] scan = new long[1];
        List<String> codes = SystemSession.call(() -> {
            long organisation = organisations.create("Send again " + suffix).id();
            long sales = organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 10)).id();
            organisations.addDepartment(organisation, new DepartmentDraft("Operatie", null, 10));
            scan[0] = scans.create(organisation, "Scan " + suffix).id();
            List<String> issued = invitations.issueCodes(scan[0], sales, 1, false).codes();
            scans.open(scan[0]);
            return issued;
        });
        TestUsers.logout();

        navigate("s/" + codes.get(0));
        next();
        choose("inner-flow", 4);
        next();
        next();
        next();
        doThrow(new CannotCreateTransactionException("no connection in time")).doCallRealMethod()
                .when(respondents).submit(any(), any());

        Button send = _get(Button.class, spec -> spec.withId("survey-submit"));
        assertThatThrownBy(() -> _click(send)).isInstanceOf(CannotCreateTransactionException.class);
        assertThat(send.isEnabled()).as("send is there to click again").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scan[0]))
                .isZero();

        _click(send);
        _assertOne(Div.class, spec -> spec.withId("survey-done"));
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scan[0]))
                .isEqualTo(1);
    }

    private static void next() {
        _click(_get(Button.class, spec -> spec.withId("survey-next")));
    }
}
