package nl.onderstroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.map.OwnQuestionsFixture;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The advisor's own questions from stored responses to {@code GET /api/v1/scans/{id}/questions/results} on MariaDB: the
 * figures, the departments the map hides, and nothing of theirs in the organisation's figures.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OwnQuestionsApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    ScanService scans;
    @Autowired
    ObjectMapper json;

    OwnQuestionsFixture f;

    @BeforeEach
    void setUp() {
        f = OwnQuestionsFixture.create(organisations, accounts, scans);
    }

    private JsonNode questions(AccountSummary account, int expected) throws Exception {
        String body = mvc.perform(get("/api/v1/scans/" + f.scanId + "/questions/results")
                        .with(httpBasic(account.email(), TestUsers.PASSWORD)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return expected == 200 ? json.readTree(body) : null;
    }

    private JsonNode question(JsonNode all, String key) {
        for (JsonNode q : all.get("questions")) {
            if (q.get("key").asText().equals(key)) {
                return q;
            }
        }
        throw new AssertionError("no question " + key);
    }

    private JsonNode department(JsonNode question, String name) {
        for (JsonNode d : question.get("departments")) {
            if (d.get("id").asLong() == f.dept(name)) {
                return d;
            }
        }
        throw new AssertionError("no department " + name);
    }

    @Test
    void a_rating_shows_the_means_of_shown_departments_and_an_organisation_mean_without_the_hidden_ones() throws Exception {
        JsonNode tempo = question(questions(f.advisor, 200), "tempo");
        assertThat(tempo.get("type").asText()).isEqualTo("RATING");
        assertThat(tempo.get("text").get("nl").asText()).isEqualTo("We kunnen het tempo van verandering bijhouden.");
        assertThat(department(tempo, "Verkoop").get("mean").asDouble()).isEqualTo(4.0);
        assertThat(department(tempo, "Verkoop").get("answers").asInt()).isEqualTo(12);
        assertThat(department(tempo, "Operatie").get("mean").asDouble()).isEqualTo(2.0);
        // ICT has 3 respondents; Klantenservice is hidden on the map so that ICT cannot be worked out from the total
        for (String hidden : List.of("ICT", "Klantenservice")) {
            assertThat(department(tempo, hidden).get("answers").isNull()).as(hidden).isTrue();
            assertThat(department(tempo, hidden).get("mean").isNull()).as(hidden).isTrue();
        }
        // the organisation pools the shown departments only: (12 * 4 + 10 * 2) / 22, not the hidden 5s
        assertThat(tempo.get("organisation").get("answers").asInt()).isEqualTo(22);
        assertThat(tempo.get("organisation").get("mean").asDouble()).isCloseTo(68.0 / 22, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void a_choice_shows_no_count_from_which_a_small_one_follows() throws Exception {
        JsonNode werkplek = question(questions(f.advisor, 200), "werkplek");
        assertThat(werkplek.get("choices")).hasSize(3);
        JsonNode operatie = department(werkplek, "Operatie");
        // 9 at home, 1 at the office: showing the 9 of 10 would say where the tenth works best
        assertThat(operatie.get("answers").asInt()).isEqualTo(10);
        assertThat(operatie.get("counts")).allMatch(JsonNode::isNull);
        JsonNode verkoop = department(werkplek, "Verkoop");
        assertThat(verkoop.get("answers").asInt()).isEqualTo(12);
        JsonNode organisation = werkplek.get("organisation");
        assertThat(organisation.get("answers").asInt()).isEqualTo(22);
        assertThat(organisation.get("counts").get(0).asInt()).isEqualTo(16);
        assertThat(organisation.get("shares").get(0).asDouble()).isCloseTo(16.0 / 22, org.assertj.core.data.Offset.offset(1e-9));
        // the hidden departments all chose "both": nothing of theirs is in the organisation's figures
        assertThat(organisation.get("counts").get(2).isNull()).isTrue();
        // subtraction: organisation minus the shown department counts never leaves a single hidden cell
        for (int option = 0; option < 3; option++) {
            JsonNode total = organisation.get("counts").get(option);
            if (!total.isNull()) {
                int hiddenCells = 0;
                for (String name : List.of("Verkoop", "Operatie")) {
                    hiddenCells += department(werkplek, name).get("counts").get(option).isNull() ? 1 : 0;
                }
                assertThat(hiddenCells).as("option %d", option).isNotEqualTo(1);
            }
        }
    }

    @Test
    void typed_answers_are_shown_from_the_story_threshold_and_never_those_of_a_hidden_department() throws Exception {
        JsonNode wens = question(questions(f.advisor, 200), "wens");
        List<String> organisation = new ArrayList<>();
        wens.get("organisation").get("texts").forEach(t -> organisation.add(t.asText()));
        assertThat(organisation).containsExactlyInAnyOrder("verkoop-0", "verkoop-1", "verkoop-2", "verkoop-3", "verkoop-4",
                "verkoop-5", "verkoop-6", "verkoop-7");
        assertThat(department(wens, "Verkoop").get("texts")).hasSize(8);
        assertThat(department(wens, "Operatie").get("texts")).isEmpty();
        assertThat(department(wens, "ICT").get("texts")).isEmpty();
    }

    @Test
    void another_organisations_advisor_gets_not_found_and_a_director_has_no_api() throws Exception {
        questions(f.otherAdvisor, 404);
        questions(f.director, 403);
    }
}
