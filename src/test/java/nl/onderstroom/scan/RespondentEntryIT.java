package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Entry with a code behind a shared address (an office behind one NAT address). */
@IntegrationTest
class RespondentEntryIT {

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    RespondentService respondents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void a_valid_code_gets_in_although_colleagues_behind_the_same_address_guessed_wrongly() {
        ScanFixture f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "NAT scan").id();
        List<String> codes = invitations.issueCodes(scanId, f.dept("Verkoop"), 2, false).codes();
        scans.open(scanId);
        TestUsers.logout();
        String office = "10.90.0.1";

        // many people (each their own session) mistype, or someone in the office guesses
        for (int i = 0; i < 40; i++) {
            String session = "typo-" + i;
            assertThatThrownBy(() -> respondents.enter("ABCD-EFGH-JKMN", session, office)).isInstanceOf(UserError.class);
        }
        // the guessing is held back: a wrong code now says "too many attempts"
        assertThatThrownBy(() -> respondents.enter("ABCD-EFGH-JKMP", "typo-41", office))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.entry.tooManyAttempts");

        // a colleague with a real code from the same office gets in, also from a session that mistyped before
        assertThat(respondents.enter(codes.get(0), "colleague", office).scanId()).isEqualTo(scanId);
        assertThat(respondents.enter(codes.get(1), "typo-3", office).scanId()).isEqualTo(scanId);
    }
}
