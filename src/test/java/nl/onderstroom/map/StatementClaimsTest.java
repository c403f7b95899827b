package nl.onderstroom.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.onderstroom.base.Translations;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.PrivacyStatement;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.ScanStatus;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every claim of the respondent's privacy statement (scan.PrivacyStatement) against what the results really show.
 * The scan here has thresholds 4 and 6, not the defaults, so a statement with hard-coded numbers fails. The claims
 * about storage (draft under a keyed hash, code until sent, retention, contact) are pinned by StatementClaimsIT.
 */
class StatementClaimsTest {

    static final long ORG = 9;
    static final long A = 201;
    static final long B = 202;
    static final long C = 203;
    static final int K = 4;
    static final int S = 6;
    static final List<Locale> BOTH = List.of(Translations.DUTCH, Locale.ENGLISH);

    final FakeScanTallies tallies = new FakeScanTallies();
    final OrganisationService organisations = mock(OrganisationService.class);
    final TenantAccess tenants = mock(TenantAccess.class);
    final MapService service = new MapService(tallies, organisations, tenants, MapThresholds.defaults(),
            mock(nl.onderstroom.security.AuditLog.class));
    final List<String> storiesAtoB = new ArrayList<>();
    final List<String> undercurrentsOfC = new ArrayList<>();
    final List<String> identityAnswers = new ArrayList<>();

    final PrivacyStatement statement = PrivacyStatement.of("Gemeente Zuidstad", null, K, S, 18);

    @BeforeEach
    void aScanWithThresholdsFourAndSix() {
        when(organisations.departments(ORG)).thenReturn(List.of(new DepartmentNode(A, "Sales", null, 20, 0),
                new DepartmentNode(B, "Support", null, 20, 0), new DepartmentNode(C, "Archive", null, 20, 0)));
        when(tenants.currentRole()).thenReturn(Optional.of(Role.ADVISOR));
        ScanTallies.ScanInfo scan = new ScanTallies.ScanInfo(1, ORG, "Scan", ScanStatus.CLOSED, K, S,
                null, null, List.of("workload", "trust"));
        List<ScanTallies.Text> texts = new ArrayList<>();
        for (int i = 0; i < S; i++) {
            storiesAtoB.add("Story " + i + ": Jan at the front desk never calls back");
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.CONNECTION_STORY, A, B, List.of(), storiesAtoB.get(i), false));
            undercurrentsOfC.add("Undercurrent " + i + " that names nobody");
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.UNDERCURRENT, C, null, List.of(), undercurrentsOfC.get(i), false));
            identityAnswers.add("We serve citizens " + i + " with patience and care number " + i);
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.IDENTITY_WHY, A, null, List.of(), identityAnswers.get(i), false));
        }
        for (int i = 0; i < S - 1; i++) {
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.CONNECTION_STORY, B, A, List.of(), "Too few " + i, false));
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.UNDERCURRENT, B, null, List.of(), "Too few " + i, false));
        }
        tallies.put(new FakeScanTallies.Data(scan,
                List.of(Tallies.department(A, 10, 4), Tallies.department(B, 10, 4), Tallies.department(C, 10, 4)),
                List.of(Tallies.connection(A, B, K, 4, 4, 3, 0), Tallies.connection(B, A, K, 4, 4, 3, 0),
                        Tallies.connection(A, C, K - 1, 2, 4, 3, 0), Tallies.connection(C, A, K, 3, 4, 3, 0)),
                null, texts));
    }

    @Test
    void the_numbers_in_the_statement_are_the_thresholds_the_results_apply() {
        assertThat(PrivacyStatement.figuresFrom(K)).isEqualTo(K);
        assertThat(PrivacyStatement.textsFrom(K, S)).isEqualTo(S);
        assertThat(ScanService.MIN_THRESHOLD).as("the statement's floor is the map's").isEqualTo(MapSettings.MIN_K);
        assertThat(PrivacyStatement.figuresFrom(1)).isEqualTo(MapSettings.MIN_K);
        assertThat(PrivacyStatement.textsFrom(5, 2)).as("texts never below figures").isEqualTo(5);

        // a figure from K people, none from K - 1
        assertThat(service.map(1).edge(A, B)).isPresent();
        assertThat(service.map(1).edge(A, C)).as("K - 1 people").isEmpty();
        // texts from S writers, none from S - 1
        assertThat(service.connectionStories(1, A, B)).hasSize(S);
        assertThat(service.connectionStories(1, B, A)).as("S - 1 stories").isEmpty();
        assertThat(service.departmentStories(1, C)).hasSize(S);
        assertThat(service.departmentStories(1, B)).as("S - 1 stories").isEmpty();

        for (Locale locale : BOTH) {
            String line = statement.line("threshold").text(locale);
            assertThat(line).as(locale + ": " + line).contains(" " + K + " ").contains(" " + S + " ")
                    .doesNotContain(" 5 ").doesNotContain(" 7 ");
        }
    }

    @Test
    void stories_are_shown_word_for_word_so_the_statement_and_every_text_field_say_so() {
        Set<String> shown = service.connectionStories(1, A, B).stream().map(Story::text).collect(Collectors.toSet());
        assertThat(shown).as("verbatim, with the name in them").containsExactlyInAnyOrderElementsOf(storiesAtoB);
        assertThat(service.departmentStories(1, C)).extracting(Story::text)
                .containsExactlyInAnyOrderElementsOf(undercurrentsOfC);

        assertThat(statement.line("texts").text(Locale.ENGLISH)).contains("word for word").contains("name no one");
        assertThat(statement.line("texts").text(Translations.DUTCH)).contains("letterlijk").contains("Noem dus niemand");
        // under every free-text field
        assertThat(Translations.get(Locale.ENGLISH, "scan.survey.counter", 0, 2000))
                .contains("word for word").contains("Name no one");
        assertThat(Translations.get(Translations.DUTCH, "scan.survey.counter", 0, 2000))
                .contains("letterlijk").contains("Noem niemand");
        // and on the results, so a director knows what they read
        assertThat(Translations.get(Locale.ENGLISH, "map.panel.storiesNote")).contains("word for word");
    }

    @Test
    void of_the_identity_answers_only_recurring_words_are_shown_as_the_statement_says() {
        IdentityComparison identity = service.identity(1);
        List<RecurringWord> words = identity.words().stream()
                .filter(w -> w.question() == ScanTallies.TextKind.IDENTITY_WHY).findFirst().orElseThrow().perceived();
        assertThat(words).isNotEmpty();
        assertThat(words).extracting(RecurringWord::word).allSatisfy(w -> assertThat(w).doesNotContain(" "));
        assertThat(words).extracting(RecurringWord::answers).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(2));
        assertThat(statement.line("texts").text(Locale.ENGLISH)).contains("only words that come back in several answers");
        assertThat(statement.line("texts").text(Translations.DUTCH)).contains("alleen woorden getoond die in meerdere antwoorden terugkomen");
    }

    @Test
    void nobody_sees_one_persons_ratings_the_map_holds_only_groups_of_at_least_k() {
        service.map(1).edges().forEach(e -> assertThat(e.figures().respondents()).isGreaterThanOrEqualTo(K));
        assertThat(statement.line("whoSees").text(Locale.ENGLISH)).contains("nobody sees the ratings of one person");
        assertThat(statement.line("whoSees").text(Translations.DUTCH)).contains("niemand ziet de cijfers van één persoon");
    }

    @Test
    void the_statement_names_the_organisation_its_purpose_voluntariness_and_a_contact() {
        for (Locale locale : BOTH) {
            assertThat(statement.line("purpose").text(locale)).contains("Gemeente Zuidstad");
            assertThat(statement.line("responsible").text(locale)).contains("Gemeente Zuidstad");
        }
        assertThat(statement.line("purpose").text(Locale.ENGLISH)).contains("voluntary");
        assertThat(statement.line("purpose").text(Translations.DUTCH)).contains("vrijwillig");
        assertThat(statement.line("contact").key()).isEqualTo("scan.statement.noContact");
        PrivacyStatement withContact = PrivacyStatement.of("Gemeente Zuidstad", " privacy@zuidstad.example ", K, S, 18);
        assertThat(withContact.line("contact").text(Translations.DUTCH)).endsWith(": privacy@zuidstad.example.");
    }

    @Test
    void the_retention_line_shows_the_months_it_is_given() {
        for (Locale locale : BOTH) {
            assertThat(statement.line("retention").text(locale)).contains("18");
            assertThat(PrivacyStatement.of("X", null, K, S, 3).line("retention").text(locale)).contains(" 3 ")
                    .doesNotContain("18").doesNotContain("12");
        }
    }

    @Test
    void no_line_promises_what_the_software_does_not_keep() {
        for (Locale locale : BOTH) {
            String all = statement.text(locale).toLowerCase(Locale.ROOT);
            // the old, untrue claims
            assertThat(all).doesNotContain("not stored: your name, your e-mail address, your code");
            assertThat(all).doesNotContain("never one person’s answers").doesNotContain("nooit de antwoorden van één persoon");
            assertThat(all).doesNotContain("the code works once").doesNotContain("de code werkt één keer");
        }
        // e-mail addresses are kept until the scan closes, and the statement says so
        assertThat(statement.line("email").text(Locale.ENGLISH)).contains("deleted when the survey closes");
        assertThat(statement.line("draft").text(Locale.ENGLISH)).contains("keyed hash").contains("until you send");
    }
}
