package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

    @Test
    void a_valid_code_gets_in_although_colleagues_behind_the_same_address_guessed_wrongly() {
        ScanFixture f = ScanFixture.organisation(organisations, "NAT", ScanFixture.DEPARTMENTS);
        ScanFixture.OpenScan scan = f.openScan(scans, invitations, "NAT scan", "Verkoop", 2);
        long scanId = scan.id();
        List<String> codes = scan.codes();
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
