package nl.onderstroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile input through the REST API and its two CSV imports, on MariaDB: every request gets a 4xx problem document
 * whose detail is translated (Dutch and English differ, neither is a bare key or Spring's English default), never a
 * 500, and no row of any data table changes. The parsers' own cases are unit tests (DepartmentCsvTest,
 * ResponseCsvTest, ScanInputTest, FreeTextTest); too large bodies are RequestLimitsIT; this test sends the leftovers
 * end to end. The random strings come from a seeded generator, so a failure can be replayed.
 */
@IntegrationTest
class BadInputIT {

    private static final long SEED = 20_261_202L;
    private static final String[] TABLES = {"organisation", "department", "scan", "response", "response_connection",
            "response_theme", "response_answer", "response_text", "invitation", "open_link", "draft", "api_token"};

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    long ours;
    long scanId;
    AccountSummary advisor;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        SystemSession.run(() -> {
            ours = organisations.create("Bad input " + suffix).id();
            organisations.addDepartment(ours, new DepartmentDraft("Verkoop", null, 10));
            organisations.addDepartment(ours, new DepartmentDraft("Operatie", null, 10));
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(ours));
        TestUsers.loginAs(users, advisor);
        scanId = scans.create(ours, "Bad input scan").id();
        TestUsers.logout();
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    // --- the generator -------------------------------------------------------------------------------------------

    /** A piece of hostile text: what it is as a Java string, and how it travels in JSON and in a CSV file. */
    record Hostile(String text, String jsonLiteral, byte[] csvBytes) {
    }

    /**
     * A random mix of letters, emoji, combining marks and bidi and control characters, with at least one character no
     * name may hold: NUL, a direction override or isolate, or half of a surrogate pair. Escaped in JSON (so a lone
     * surrogate arrives as one); in CSV a lone surrogate is written as the bytes CESU-8 would use, which are no UTF-8.
     */
    static Hostile hostile(Random random) {
        int[] letters = {'a', 'Z', 'é', 'ß', 'ø', 'Ж', 'ж', 'ع', 'ש', '中', '研'};
        int[] emoji = {0x1F600, 0x1F469, 0x1F3FD, 0x2695, 0xFE0F, 0x1F1F3, 0x1F1F1, 0x200D};
        int[] combining = {0x0300, 0x0301, 0x0308, 0x0327, 0x20DD, 0x036F};
        int[] forbidden = {0x0000, 0x202E, 0x202D, 0x2066, 0x2067, 0x2069, 0x200F, 0x001B, 0xD800, 0xDBFF, 0xDC00, 0xDFFF};
        List<Integer> units = new ArrayList<>();
        int length = 3 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            int[] pool = switch (random.nextInt(4)) {
                case 0 -> letters;
                case 1 -> emoji;
                case 2 -> combining;
                default -> forbidden;
            };
            units.add(pool[random.nextInt(pool.length)]);
        }
        units.add(random.nextInt(units.size() + 1), forbidden[random.nextInt(forbidden.length)]);
        StringBuilder text = new StringBuilder();
        StringBuilder literal = new StringBuilder("\"");
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        for (int cp : units) {
            text.appendCodePoint(cp);
            for (char c : Character.toChars(cp)) {
                literal.append(String.format("\\u%04x", (int) c));
            }
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                csv.write(0xE0 | (cp >> 12));
                csv.write(0x80 | ((cp >> 6) & 0x3F));
                csv.write(0x80 | (cp & 0x3F));
            } else {
                csv.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return new Hostile(text.toString(), literal.append('"').toString(), csv.toByteArray());
    }

    // --- the checks ----------------------------------------------------------------------------------------------

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((advisor.email() + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Integer> rows() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }

    /**
     * Sends the request in Dutch and in English and checks the answer: a 4xx problem document with a code and a
     * translated detail, and nothing stored.
     */
    private void refused(String what, Function<String, MockHttpServletRequestBuilder> request) throws Exception {
        try {
            check(what, request);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    /** Every case runs; the test fails at the end with all that went wrong, not just the first. */
    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void noFailures() {
        assertThat(failures).as("refused badly").isEmpty();
    }

    private void check(String what, Function<String, MockHttpServletRequestBuilder> request) throws Exception {
        Map<String, Integer> before = rows();
        Map<String, String> details = new LinkedHashMap<>();
        for (String language : new String[] {"nl", "en"}) {
            MockHttpServletResponse response = mvc.perform(request.apply(language)
                    .header("Authorization", basic()).header("Accept-Language", language)).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getStatus()).as(what + " (" + language + "): " + body).isBetween(400, 499);
            assertThat(response.getContentType()).as(what).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = json.readTree(body);
            String code = problem.path("code").asText();
            String detail = problem.path("detail").asText();
            assertThat(code).as(what + ": code").isNotBlank();
            assertThat(detail).as(what + ": detail").isNotBlank().isNotEqualTo(code)
                    .doesNotContain("Failed to read request").doesNotContain("Failed to convert")
                    .doesNotContainIgnoringCase("exception").doesNotContain("<script>");
            details.put(language, detail);
        }
        assertThat(details.get("nl")).as(what + ": translated").isNotEqualTo(details.get("en"));
        assertThat(rows()).as(what + ": nothing stored").isEqualTo(before);
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpServletRequestBuilder csv(String path, byte[] body) {
        return post(path).contentType("text/csv").content(body);
    }

    private String departmentsCsv() {
        return "/api/v1/organisations/" + ours + "/departments.csv";
    }

    private String responsesCsv() {
        return "/api/v1/scans/" + scanId + "/responses/import";
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static final String RESPONSES_HEADER = "respondent,department,target,frequency,importance,flow,stops,themes,story\n";

    // --- the cases -----------------------------------------------------------------------------------------------

    @Test
    void random_unicode_names_are_refused_through_the_api_and_both_imports() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 25; i++) {
            Hostile h = hostile(random);
            String name = "case " + i + " of seed " + SEED;
            refused(name + ": organisation", l -> json(post("/api/v1/organisations"), "{\"name\":" + h.jsonLiteral() + "}"));
            refused(name + ": department", l -> json(post("/api/v1/organisations/" + ours + "/departments"),
                    "{\"name\":" + h.jsonLiteral() + ",\"headcount\":3}"));
            refused(name + ": scan", l -> json(post("/api/v1/organisations/" + ours + "/scans"),
                    "{\"name\":" + h.jsonLiteral() + "}"));
            refused(name + ": scan rename", l -> json(put("/api/v1/scans/" + scanId), "{\"name\":" + h.jsonLiteral() + "}"));
            refused(name + ": departments csv", l -> csv(departmentsCsv(),
                    concat("name;parent;headcount\n", h.csvBytes(), ";;3\n")));
            refused(name + ": responses csv", l -> csv(responsesCsv(),
                    concat(RESPONSES_HEADER + "r1,", h.csvBytes(), ",Operatie,WEEKLY,4,2,THEIRS,,\n")));
        }
    }

    @Test
    void random_unicode_in_own_questions_choices_and_theme_labels_is_refused_through_the_api() throws Exception {
        nl.onderstroom.scan.QuestionSet defaults = nl.onderstroom.scan.QuestionSet.defaults();
        List<nl.onderstroom.scan.QuestionSet.Question> questions = new ArrayList<>(defaults.questions());
        questions.add(new nl.onderstroom.scan.QuestionSet.Question("q1", nl.onderstroom.scan.QuestionSet.Section.IDENTITY,
                nl.onderstroom.scan.QuestionSet.Type.CHOICE,
                new nl.onderstroom.scan.QuestionSet.LocalText("QUESTION_EN", "Vraag"),
                List.of(new nl.onderstroom.scan.QuestionSet.LocalText("CHOICE_EN", "Ja"),
                        new nl.onderstroom.scan.QuestionSet.LocalText("No", "Nee")), false, true));
        List<nl.onderstroom.scan.QuestionSet.Theme> themes = new ArrayList<>(defaults.themes());
        themes.set(0, new nl.onderstroom.scan.QuestionSet.Theme(themes.get(0).key(),
                new nl.onderstroom.scan.QuestionSet.LocalText("THEME_EN", "Vertrouwen")));
        String template = json.writeValueAsString(new nl.onderstroom.scan.QuestionSet(themes, questions));
        String before = questionSet();
        Random random = new Random(SEED);
        for (int i = 0; i < 10; i++) {
            Hostile h = hostile(random);
            for (String slot : new String[] {"QUESTION_EN", "CHOICE_EN", "THEME_EN"}) {
                String body = template.replace("\"" + slot + "\"", h.jsonLiteral())
                        .replaceAll("\"[A-Z]+_EN\"", "\"Plain\"");
                refused("case " + i + " of seed " + SEED + ": " + slot, l -> json(put("/api/v1/scans/" + scanId
                        + "/questions"), body));
            }
        }
        assertThat(questionSet()).as("the question set is unchanged").isEqualTo(before);
        // the same set with plain texts is taken: the refusals were about the characters, not the shape
        mvc.perform(json(put("/api/v1/scans/" + scanId + "/questions"), template.replaceAll("\"[A-Z]+_EN\"", "\"Plain\""))
                .header("Authorization", basic())).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    }

    private String questionSet() {
        return jdbc.queryForObject("select question_set from scan where id = ?", String.class, scanId);
    }

    @Test
    void a_lone_surrogate_alone_is_refused_not_stored_as_a_question_mark() throws Exception {
        for (String half : new String[] {"\\ud800", "\\udfff"}) {
            String name = "\"Zorg " + half + " team\"";
            refused("organisation " + half, l -> json(post("/api/v1/organisations"), "{\"name\":" + name + "}"));
            refused("department " + half, l -> json(post("/api/v1/organisations/" + ours + "/departments"),
                    "{\"name\":" + name + ",\"headcount\":3}"));
            refused("scan " + half, l -> json(post("/api/v1/organisations/" + ours + "/scans"), "{\"name\":" + name + "}"));
        }
    }

    @Test
    void a_one_megabyte_string_is_refused_everywhere_it_can_go() throws Exception {
        String mega = "x".repeat(1 << 20);
        refused("organisation", l -> json(post("/api/v1/organisations"), "{\"name\":\"" + mega + "\"}"));
        refused("department", l -> json(post("/api/v1/organisations/" + ours + "/departments"),
                "{\"name\":\"" + mega + "\",\"headcount\":1}"));
        refused("scan", l -> json(post("/api/v1/organisations/" + ours + "/scans"), "{\"name\":\"" + mega + "\"}"));
        refused("departments csv", l -> csv(departmentsCsv(),
                ("name;parent;headcount\n" + mega + ";;3\n").getBytes(StandardCharsets.UTF_8)));
        refused("responses csv story", l -> csv(responsesCsv(),
                (RESPONSES_HEADER + "r1,Verkoop,Operatie,WEEKLY,4,2,THEIRS,," + mega + "\n").getBytes(StandardCharsets.UTF_8)));
        refused("responses csv department", l -> csv(responsesCsv(),
                (RESPONSES_HEADER + "r1," + mega + ",Operatie,WEEKLY,4,2,THEIRS,,\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void json_of_the_wrong_shape_is_a_translated_400_not_springs_english_default() throws Exception {
        String departments = "/api/v1/organisations/" + ours + "/departments";
        String[][] cases = {
                {"/api/v1/organisations", "{\"name\":42}"},
                {"/api/v1/organisations", "{\"name\":true}"},
                {"/api/v1/organisations", "{\"name\":4.2e1}"},
                {"/api/v1/organisations", "{\"name\":[\"a\"]}"},
                {"/api/v1/organisations", "{\"name\":{\"x\":1}}"},
                {"/api/v1/organisations", "[]"},
                {"/api/v1/organisations", "\"just a string\""},
                {"/api/v1/organisations", "{\"name\":\"open"},
                {"/api/v1/organisations", "{name: 'single quotes'}"},
                {"/api/v1/organisations", ""},
                {departments, "{\"name\":\"Zorg\",\"headcount\":\"many\"}"},
                {departments, "{\"name\":\"Zorg\",\"headcount\":99999999999999999999}"},
                {departments, "{\"name\":\"Zorg\",\"parentId\":\"../../etc/passwd\"}"},
                {departments, "{\"name\":\"Zorg\",\"parentId\":[1]}"},
                {"/api/v1/scans/" + scanId + "/codes", "{\"count\":\"%00\"}"},
                {"/api/v1/scans/" + scanId + "/codes", "{\"departmentId\":true}"},
                {"/api/v1/scans/" + scanId + "/open-links", "{\"cap\":{}}"},
        };
        for (String[] c : cases) {
            refused(c[0] + " " + c[1], l -> json(post(c[0]), c[1]));
        }
        refused("scan dates", l -> json(put("/api/v1/scans/" + scanId), "{\"opensOn\":\"yesterday\"}"));
        refused("question set", l -> json(put("/api/v1/scans/" + scanId + "/questions"), "{\"sections\":\"none\"}"));
    }

    @Test
    void broken_csv_files_are_refused_by_both_imports() throws Exception {
        Random random = new Random(SEED);
        byte[] binary = new byte[4096];
        random.nextBytes(binary);
        Map<String, byte[]> departmentFiles = new LinkedHashMap<>();
        departmentFiles.put("unclosed quote", "name;parent;headcount\n\"Zorg;;3\nICT;;2\n".getBytes(StandardCharsets.UTF_8));
        departmentFiles.put("too many columns", "name;parent;headcount\nZorg;;3;x;y\n".getBytes(StandardCharsets.UTF_8));
        departmentFiles.put("too few columns", "name;parent;headcount\nZorg\n".getBytes(StandardCharsets.UTF_8));
        departmentFiles.put("binary", binary);
        departmentFiles.put("a zip file", concat("PK\u0003\u0004", binary, ""));
        departmentFiles.put("NUL bytes", "name;parent;headcount\nZo\u0000rg;;3\n".getBytes(StandardCharsets.UTF_8));
        for (var file : departmentFiles.entrySet()) {
            refused("departments csv: " + file.getKey(), l -> csv(departmentsCsv(), file.getValue()));
        }
        Map<String, byte[]> responseFiles = new LinkedHashMap<>();
        responseFiles.put("unclosed quote", (RESPONSES_HEADER + "r1,Verkoop,Operatie,WEEKLY,4,2,THEIRS,,\"Nooit af\n")
                .getBytes(StandardCharsets.UTF_8));
        responseFiles.put("too many columns", (RESPONSES_HEADER + "r1,Verkoop,Operatie,WEEKLY,4,2,THEIRS,,,x,y\n")
                .getBytes(StandardCharsets.UTF_8));
        responseFiles.put("too few columns", (RESPONSES_HEADER + "r1,Verkoop\n").getBytes(StandardCharsets.UTF_8));
        responseFiles.put("binary", binary);
        responseFiles.put("binary after the header", concat(RESPONSES_HEADER, binary, "\n"));
        for (var file : responseFiles.entrySet()) {
            refused("responses csv: " + file.getKey(), l -> csv(responsesCsv(), file.getValue()));
        }
    }

    @Test
    void script_and_path_injection_in_paths_parameters_and_files_is_refused() throws Exception {
        String[] ids = {"..%2F..%2Fetc%2Fpasswd", "%00", "1%00", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "-1e3", "1;drop"};
        for (String id : ids) {
            refused("organisation id " + id, l -> get("/api/v1/organisations/" + id + "/departments"));
            refused("scan id " + id, l -> get("/api/v1/scans/" + id));
        }
        refused("code format", l -> json(post("/api/v1/scans/" + scanId + "/codes?format=../../etc/passwd"),
                "{\"count\":0}"));
        refused("departments csv: script parent", l -> csv(departmentsCsv(),
                "name;parent;headcount\nZorg;<script>alert(1)</script>;3\n".getBytes(StandardCharsets.UTF_8)));
        refused("departments csv: path headcount", l -> csv(departmentsCsv(),
                "name;parent;headcount\nZorg;;../../etc/passwd\n".getBytes(StandardCharsets.UTF_8)));
        refused("responses csv: script department", l -> csv(responsesCsv(),
                (RESPONSES_HEADER + "r1,<script>alert(1)</script>,Operatie,WEEKLY,4,2,THEIRS,,\n").getBytes(StandardCharsets.UTF_8)));
        refused("responses csv: path target", l -> csv(responsesCsv(),
                (RESPONSES_HEADER + "r1,Verkoop,../../etc/passwd%00,WEEKLY,4,2,THEIRS,,\n").getBytes(StandardCharsets.UTF_8)));
        refused("responses csv: script theme", l -> csv(responsesCsv(),
                (RESPONSES_HEADER + "r1,Verkoop,Operatie,WEEKLY,4,2,THEIRS,<script>,\n").getBytes(StandardCharsets.UTF_8)));
    }
}
