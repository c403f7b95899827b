package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService.ScanSettings;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Scan input within sane bounds: dates (a year of +999999999 was stored and read back corrupted), names. */
@IntegrationTest
class ScanDatesIT {

    @Autowired
    ScanService scans;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void a_date_in_the_far_future_is_refused_and_nothing_is_stored() {
        ScanFixture f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Dates").id();
        for (LocalDate far : new LocalDate[] {LocalDate.MAX, LocalDate.of(9999, 12, 31), LocalDate.now().plusYears(6)}) {
            assertThatThrownBy(() -> scans.update(scanId, new ScanSettings("Dates", 5, null, null, far)))
                    .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.error.dateTooFar");
            assertThatThrownBy(() -> scans.update(scanId, new ScanSettings("Dates", 5, null, far, null)))
                    .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.error.dateTooFar");
        }
        LocalDate nextYear = LocalDate.now().plusYears(1);
        assertThat(scans.update(scanId, new ScanSettings("Dates", 5, null, null, nextYear)).closesOn()).isEqualTo(nextYear);
    }

    @Test
    void a_scan_name_with_nul_or_invisible_characters_is_refused() {
        ScanFixture f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        for (String bad : new String[] {"Scan\u00002026", "Scan\u200B2026", "\u202EScan 2026"}) {
            assertThatThrownBy(() -> scans.create(f.ours, bad)).as(bad)
                    .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.error.nameInvisible");
        }
    }
}
