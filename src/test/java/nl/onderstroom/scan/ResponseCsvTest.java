package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderstroom.scan.ResponseCsv.ImportResult;
import nl.onderstroom.scan.ResponseCsv.ImportedConnection;
import nl.onderstroom.scan.ResponseCsv.ImportedRespondent;
import nl.onderstroom.base.csv.CsvProblem;
import org.junit.jupiter.api.Test;

class ResponseCsvTest {

    private static final String HEADER = "respondent,department,target,frequency,importance,flow,stops,themes,story\n";
    private static final Map<String, Long> DEPARTMENTS = Map.of("Zorg", 1L, "ICT", 2L, "Financiën", 3L, "研发部", 4L);
    private static final Set<String> THEMES = Set.of("trust", "communication", "workload");

    private static ImportResult parse(String csv) {
        return ResponseCsv.parse(csv.getBytes(StandardCharsets.UTF_8), DEPARTMENTS, THEMES);
    }

    @Test
    void rows_are_grouped_into_respondents_in_order_of_first_appearance() {
        ImportResult result = parse(HEADER + """
                r1,Zorg,ICT,WEEKLY,4,2,THEIRS,trust;workload,Ze bellen nooit terug.
                r2,ICT,Zorg,daily,5,5,none,,
                r1,Zorg,Zorg,DAILY,3,4,NONE,,
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.respondents()).containsExactly(
                new ImportedRespondent(1L, List.of(
                        new ImportedConnection(2L, Frequency.WEEKLY, 4, 2, Stop.THEIRS, Set.of("trust", "workload"),
                                "Ze bellen nooit terug."),
                        new ImportedConnection(1L, Frequency.DAILY, 3, 4, Stop.NONE, Set.of(), null))),
                new ImportedRespondent(2L, List.of(
                        new ImportedConnection(1L, Frequency.DAILY, 5, 5, Stop.NONE, Set.of(), null))));
    }

    @Test
    void department_names_match_ignoring_case_spaces_and_accents() {
        ImportResult result = parse(HEADER + "r1,  zorg , FINANCIEN ,Monthly,1,1,Both,,\n");

        assertThat(result.respondents()).extracting(ImportedRespondent::departmentId).containsExactly(1L);
        assertThat(result.respondents().get(0).connections()).extracting(ImportedConnection::targetId)
                .containsExactly(3L);
    }

    @Test
    void an_excel_file_with_bom_crlf_semicolons_and_a_quoted_multi_line_story_is_read() {
        String csv = "\uFEFFRespondent;Department;Target;Frequency;Importance;Flow;Stops;Themes;Story\r\n"
                + "a;研发部;ICT;YEARLY;2;3;OURS;\"trust;Communication\";\"Regel één;\r\n\"\"quote\"\", komma\r\n"
                + "<script>alert(1)</script> 👩\u200D👩\u200D👧\"\r\n";

        ImportResult result = ResponseCsv.parse(csv.getBytes(StandardCharsets.UTF_8), DEPARTMENTS, THEMES);

        assertThat(result.problems()).isEmpty();
        ImportedConnection connection = result.respondents().get(0).connections().get(0);
        assertThat(connection.themes()).containsExactly("trust", "communication");
        assertThat(connection.story())
                .isEqualTo("Regel één;\n\"quote\", komma\n<script>alert(1)</script> 👩‍👩‍👧");
    }

    @Test
    void columns_may_come_in_any_order() {
        ImportResult result = parse("story,themes,stops,flow,importance,frequency,target,department,respondent\n"
                + "Prima,,NONE,5,4,DAILY,ICT,Zorg,x\n");

        assertThat(result.respondents().get(0).connections().get(0))
                .isEqualTo(new ImportedConnection(2L, Frequency.DAILY, 4, 5, Stop.NONE, Set.of(), "Prima"));
    }

    @Test
    void every_bad_value_is_reported_with_its_line() {
        ImportResult result = parse(HEADER + """
                r1,Zorg,ICT,WEEKLY,4,2,THEIRS,,
                ,Zorg,ICT,WEEKLY,4,2,THEIRS,,
                r2,Marketing,ICT,WEEKLY,4,2,THEIRS,,
                r3,Zorg,Inkoop,WEEKLY,4,2,THEIRS,,
                r4,Zorg,ICT,HOURLY,4,2,THEIRS,,
                r5,Zorg,ICT,WEEKLY,0,2,THEIRS,,
                r6,Zorg,ICT,WEEKLY,4,6,THEIRS,,
                r7,Zorg,ICT,WEEKLY,4,2,MINE,,
                r8,Zorg,ICT,WEEKLY,4,2,THEIRS,trust;gossip,
                r9,Zorg,ICT,WEEKLY,4,2,THEIRS
                """);

        assertThat(result.respondents()).isEmpty();
        assertThat(result.problems()).extracting(CsvProblem::line, CsvProblem::key).containsExactly(
                tuple(3, "scan.csv.valueMissing"),
                tuple(4, "scan.csv.departmentUnknown"),
                tuple(5, "scan.csv.targetUnknown"),
                tuple(6, "scan.csv.frequencyInvalid"),
                tuple(7, "scan.csv.ratingInvalid"),
                tuple(8, "scan.csv.ratingInvalid"),
                tuple(9, "scan.csv.stopsInvalid"),
                tuple(10, "scan.csv.themeUnknown"),
                tuple(11, "scan.csv.columnCount"));
        assertThat(result.problems().get(4).args()).containsExactly("importance", "0");
        assertThat(result.problems().get(7).args()).containsExactly("gossip");
    }

    @Test
    void one_line_with_several_mistakes_reports_each_of_them() {
        ImportResult result = parse(HEADER + "r1,Zorg,ICT,sometimes,high,,NONE,,\n");

        assertThat(result.problems()).extracting(CsvProblem::key).containsExactly(
                "scan.csv.frequencyInvalid", "scan.csv.ratingInvalid", "scan.csv.valueMissing");
    }

    @Test
    void a_respondent_in_two_departments_is_reported_on_the_later_line() {
        ImportResult result = parse(HEADER + """
                r1,Zorg,ICT,WEEKLY,4,2,THEIRS,,
                r2,ICT,Zorg,WEEKLY,4,2,THEIRS,,
                r1,ICT,Zorg,WEEKLY,4,2,THEIRS,,
                """);

        assertThat(result.problems()).containsExactly(
                new CsvProblem(4, "scan.csv.respondentDepartmentDiffers", List.of("r1", "Zorg", 2)));
    }

    @Test
    void rating_the_same_target_twice_is_reported_even_when_the_rows_are_apart() {
        ImportResult result = parse(HEADER + """
                r1,Zorg,ICT,WEEKLY,4,2,THEIRS,,
                r2,ICT,Zorg,WEEKLY,4,2,THEIRS,,
                r1,Zorg,ict,DAILY,1,1,NONE,,
                """);

        assertThat(result.problems()).containsExactly(
                new CsvProblem(4, "scan.csv.targetTwice", List.of("r1", "ICT", 2)));
    }

    @Test
    void respondent_keys_are_case_sensitive_and_trimmed() {
        ImportResult result = parse(HEADER + "R1,Zorg,ICT,WEEKLY,4,2,THEIRS,,\n r1 ,Zorg,ICT,WEEKLY,4,2,THEIRS,,\nr1,Zorg,Zorg,WEEKLY,4,2,NONE,,\n");

        assertThat(result.respondents()).extracting(r -> r.connections().size()).containsExactly(1, 2);
    }

    @Test
    void a_problem_line_is_where_a_multi_line_record_starts() {
        ImportResult result = parse(HEADER + "r1,Zorg,ICT,WEEKLY,4,2,THEIRS,,\"een\ntwee\ndrie\"\nr2,Zorg,ICT,WEEKLY,9,2,THEIRS,,\n");

        assertThat(result.problems()).extracting(CsvProblem::line).containsExactly(5);
    }

    @Test
    void a_story_over_2000_characters_as_the_column_counts_them_is_refused_with_its_length() {
        // 1,001 emoji: 1,001 code points, but 2,002 UTF-16 units, which is what H2's VARCHAR(2000) counts
        String story = "😀".repeat(1_001);

        ImportResult result = parse(HEADER + "r1,Zorg,ICT,WEEKLY,4,2,THEIRS,," + story + "\n");

        assertThat(result.problems()).containsExactly(new CsvProblem(2, "scan.csv.storyTooLong", List.of(2_000, 2_002)));
    }

    @Test
    void a_story_of_exactly_2000_characters_as_the_column_counts_them_fits() {
        String story = "😀".repeat(1_000);

        assertThat(parse(HEADER + "r1,Zorg,ICT,WEEKLY,4,2,THEIRS,," + story + "\n").respondents().get(0)
                .connections().get(0).story()).isEqualTo(story);
    }

    @Test
    void a_story_is_cleaned_and_an_invisible_one_counts_as_none() {
        ImportResult result = parse(HEADER + "r1,Zorg,ICT,WEEKLY,4,2,THEIRS,,\"  \u202Ewat\u0000 nu  \"\n"
                + "r1,Zorg,Zorg,WEEKLY,4,2,NONE,,\"\u200B \"\n");

        assertThat(result.respondents().get(0).connections()).extracting(ImportedConnection::story)
                .containsExactly("wat nu", null);
    }

    @Test
    void header_problems_name_the_missing_unknown_and_doubled_columns() {
        ImportResult result = parse("respondent,department,target,frequency,importance,flow,flow,themes,verhaal\nr1\n");

        assertThat(result.problems()).extracting(CsvProblem::key, CsvProblem::args).containsExactly(
                tuple("scan.csv.headerDuplicateColumn", List.of("flow")),
                tuple("scan.csv.headerUnknownColumn", List.of("verhaal")),
                tuple("scan.csv.headerMissingColumn", List.of("stops")),
                tuple("scan.csv.headerMissingColumn", List.of("story")));
    }

    @Test
    void an_empty_file_and_a_header_only_file_are_told_apart() {
        assertThat(parse("").problems()).extracting(CsvProblem::key).containsExactly("scan.csv.empty");
        assertThat(parse("\uFEFF\n\n").problems()).extracting(CsvProblem::key).containsExactly("scan.csv.empty");
        assertThat(parse(HEADER + "\r\n").problems()).extracting(CsvProblem::key).containsExactly("scan.csv.noRows");
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_with_its_line() {
        byte[] latin1 = (HEADER + "r1,Zorg,Financi\u00ebn,WEEKLY,4,2,THEIRS,,\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ResponseCsv.parse(latin1, DEPARTMENTS, THEMES).problems())
                .containsExactly(new CsvProblem(2, "scan.csv.notUtf8", List.of()));
    }

    @Test
    void a_strict_reader_that_meets_bad_bytes_gives_a_problem_not_an_exception() {
        byte[] latin1 = (HEADER + "r1,Zorg,Financi\u00ebn,WEEKLY,4,2,THEIRS,,\n").getBytes(StandardCharsets.ISO_8859_1);
        InputStreamReader strict = new InputStreamReader(new ByteArrayInputStream(latin1),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));

        assertThat(ResponseCsv.parse(strict, DEPARTMENTS, THEMES).problems()).extracting(CsvProblem::key)
                .containsExactly("scan.csv.notUtf8");
    }

    @Test
    void an_unclosed_quote_is_reported_where_it_opens() {
        ImportResult result = parse(HEADER + "r1,Zorg,ICT,WEEKLY,4,2,THEIRS,,ok\nr2,Zorg,ICT,WEEKLY,4,2,THEIRS,,\"oeps\nr3\n");

        assertThat(result.problems()).containsExactly(new CsvProblem(3, "scan.csv.quoteNotClosed", List.of()));
    }

    @Test
    void problems_beyond_1000_are_summarised_as_and_n_more() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            csv.append("r").append(i).append(",Zorg,ICT,WEEKLY,4,2,NOPE,,\n");
        }

        List<CsvProblem> problems = parse(csv.toString()).problems();

        assertThat(problems).hasSize(1_001);
        assertThat(problems.get(1_000)).isEqualTo(new CsvProblem(0, "scan.csv.moreProblems", List.of(500)));
    }

    @Test
    void fifty_thousand_rows_are_read() {
        String[] targets = {"Zorg", "ICT", "Financiën", "研发部"};
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 50_000; i++) {
            int respondent = i / 4;
            csv.append("resp-").append(respondent).append(',').append(targets[respondent % 4]).append(',')
                    .append(targets[i % 4]).append(",WEEKLY,").append(1 + i % 5).append(',').append(1 + i % 3)
                    .append(",NONE,trust;workload,\"Verhaal, met komma en \"\"quotes\"\" nr ").append(i).append("\"\r\n");
        }

        ImportResult result = parse(csv.toString());

        assertThat(result.problems()).isEmpty();
        assertThat(result.respondents()).hasSize(12_500);
        assertThat(result.connectionCount()).isEqualTo(50_000);
    }
}
