package nl.onderstroom.map.ui;

import nl.onderstroom.scan.ScanStatus;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tabs;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.Translations;
import nl.onderstroom.map.FakeScanTallies;
import nl.onderstroom.map.FakeScanTalliesConfiguration;
import nl.onderstroom.map.MapFixture;
import nl.onderstroom.map.Tallies;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the results screens say while a scan still collects, and the method section once it has closed. */
@IntegrationTest
@Import(FakeScanTalliesConfiguration.class)
class ResultsNotYetViewTest {

    static final LocalDate CLOSES = LocalDate.of(2031, 3, 14);

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    FakeScanTallies tallies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;

    MapFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new MapFixture(organisations, accounts, tallies, ScanStatus.CLOSED);
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.stop();
    }

    private void withStatus(ScanStatus status) {
        FakeScanTallies.Data story = Tallies.story(Tallies.scan(fixture.scanId, fixture.organisation, status),
                fixture.departments);
        ScanTallies.ScanInfo s = story.scan();
        tallies.put(new FakeScanTallies.Data(new ScanTallies.ScanInfo(s.id(), s.organisationId(), s.name(), s.status(),
                s.threshold(), s.storyThreshold(), s.previousScanId(), CLOSES, s.themeKeys()), story.departments(),
                story.connections(), story.intended(), story.texts()));
    }

    private void open(String page, Locale locale) {
        KaribuSpring.signInAndStart(context, users, fixture.advisor);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("scans/" + fixture.scanId + "/" + page);
    }

    @Test
    void every_results_screen_of_an_open_scan_says_when_its_results_appear_in_dutch_and_english() {
        withStatus(ScanStatus.OPEN);
        Date closes = Date.from(CLOSES.atStartOfDay(ZoneId.systemDefault()).toInstant());
        for (Locale locale : Translations.LOCALES) {
            for (String page : new String[] {"map", "matrix", "themes", "identity"}) {
                open(page, locale);
                assertThat(_get(Paragraph.class, s -> s.withId("results-not-yet")).getText())
                        .isEqualTo(Translations.get(locale, "map.notYet.closesOn", closes))
                        .contains("14").contains(locale.getLanguage().equals("nl") ? "maart" : "March");
                assertThat(_find(com.vaadin.flow.component.html.Nav.class, n -> n.withId("results-tabs")))
                        .as("no results, no tabs").isEmpty();
                assertThat(_find(ConnectionMap.class)).isEmpty();
                KaribuSpring.stop();
            }
        }
    }

    @Test
    void a_closed_scan_shows_its_method_with_imported_answers_and_a_department_with_too_many_codes() {
        withStatus(ScanStatus.CLOSED);
        tallies.provenance(fixture.scanId, new ScanTallies.Provenance(40, Map.of(fixture.departments[1], 30), Set.of()));
        open("map", Translations.DUTCH);

        Details method = _get(Details.class, s -> s.withId("results-method"));
        assertThat(_get(method, Paragraph.class, s -> s.withId("method-imported")).getText())
                .isEqualTo(Translations.get(Translations.DUTCH, "map.method.imported", 40));
        assertThat(_get(method, ListItem.class, s -> s.withId("method-remark-" + fixture.departments[1])).getText())
                .startsWith("Support: ").contains("30").contains("20");
    }
}
