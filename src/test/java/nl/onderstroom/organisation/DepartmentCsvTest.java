package nl.onderstroom.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderstroom.base.csv.CsvProblem;
import nl.onderstroom.organisation.DepartmentCsv.ParseResult;
import nl.onderstroom.organisation.DepartmentCsv.Row;
import org.junit.jupiter.api.Test;

class DepartmentCsvTest {

    private static ParseResult parse(String text) {
        return DepartmentCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_plain_file_gives_its_rows_with_line_numbers() {
        ParseResult result = parse("name;parent;headcount\nDirectie;;5\nZorg;Directie;120\n");

        assertThat(result.isValid()).isTrue();
        assertThat(result.rows()).containsExactly(
                new Row(2, "Directie", null, 5),
                new Row(3, "Zorg", "Directie", 120));
    }

    @Test
    void an_excel_file_with_bom_crlf_commas_and_quotes_is_read() {
        byte[] bytes = ("\uFEFFName , Parent,HEADCOUNT\r\n"
                + "\"Sales, Noord\",,10\r\n"
                + "\"De \"\"Brug\"\"\",\"Sales, Noord\",3\r\n\r\n\r\n").getBytes(StandardCharsets.UTF_8);

        ParseResult result = DepartmentCsv.parse(bytes);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(Row::name, Row::parent, Row::headcount).containsExactly(
                tuple("Sales, Noord", null, 10),
                tuple("De \"Brug\"", "Sales, Noord", 3));
    }

    @Test
    void the_dutch_header_is_accepted() {
        assertThat(parse("Naam;Bovenliggende afdeling;Medewerkers\nICT;;4").rows())
                .containsExactly(new Row(2, "ICT", null, 4));
    }

    @Test
    void names_are_trimmed_and_an_empty_headcount_is_zero() {
        assertThat(parse("name;parent;headcount\n  Financiën  ;  ;  \n").rows())
                .containsExactly(new Row(2, "Financiën", null, 0));
    }

    @Test
    void names_in_any_script_survive() {
        ParseResult result = parse("name;parent;headcount\n研发部;;1\nقسم المالية;研发部;2\nIJsselland 🌊;;3\n");

        assertThat(result.rows()).extracting(Row::name).containsExactly("研发部", "قسم المالية", "IJsselland 🌊");
    }

    @Test
    void decomposed_accents_are_stored_composed() {
        String decomposed = "Cafe\u0301";

        assertThat(parse("name;parent;headcount\n" + decomposed + ";;1").rows().get(0).name()).isEqualTo("Café");
    }

    @Test
    void trailing_empty_columns_from_a_spreadsheet_are_ignored() {
        assertThat(parse("name;parent;headcount;;\nA;;1;;\n").rows()).containsExactly(new Row(2, "A", null, 1));
    }

    @Test
    void all_problems_of_a_file_are_reported_not_just_the_first() {
        ParseResult result = parse("""
                name;parent;headcount
                ;;1
                A;;many
                B;;-3
                C;;100001
                D;D;1
                E;;1;extra
                """);

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).extracting(CsvProblem::line, CsvProblem::key).containsExactly(
                tuple(2, "organisation.csv.nameEmpty"),
                tuple(3, "organisation.csv.headcountNotNumber"),
                tuple(4, "organisation.csv.headcountRange"),
                tuple(5, "organisation.csv.headcountRange"),
                tuple(6, "organisation.csv.selfParent"),
                tuple(7, "organisation.csv.columnCount"));
    }

    @Test
    void a_bad_headcount_is_echoed_with_the_allowed_range() {
        assertThat(parse("name;parent;headcount\nA;;100001").problems())
                .containsExactly(new CsvProblem(2, "organisation.csv.headcountRange", List.of("100001", 0, 100_000)));
    }

    @Test
    void headcount_of_exactly_the_limits_is_accepted() {
        assertThat(parse("name;parent;headcount\nA;;0\nB;;100000\nC;;007").rows())
                .extracting(Row::headcount).containsExactly(0, 100_000, 7);
    }

    @Test
    void a_huge_headcount_is_out_of_range_not_a_crash() {
        assertThat(parse("name;parent;headcount\nA;;99999999999999999999").problems())
                .extracting(CsvProblem::key).containsExactly("organisation.csv.headcountRange");
    }

    @Test
    void a_duplicate_name_names_the_line_where_it_first_appeared() {
        ParseResult result = parse("name;parent;headcount\nSales;;1\nICT;;2\n  SALES ;;3\n");

        assertThat(result.problems())
                .containsExactly(new CsvProblem(4, "organisation.csv.nameDuplicate", List.of("SALES", 2)));
    }

    @Test
    void names_differing_only_in_accents_are_duplicates() {
        assertThat(parse("name;parent;headcount\nCoördinatie;;1\ncoordinatie;;1").problems())
                .extracting(CsvProblem::key).containsExactly("organisation.csv.nameDuplicate");
    }

    @Test
    void self_parent_is_found_ignoring_case() {
        assertThat(parse("name;parent;headcount\nICT; ict ;1").problems())
                .containsExactly(new CsvProblem(2, "organisation.csv.selfParent", List.of("ICT")));
    }

    @Test
    void a_name_of_101_characters_is_too_long_but_100_emoji_fit() {
        String emoji = "😀".repeat(100);
        ParseResult ok = parse("name;parent;headcount\n" + emoji + ";;1");
        ParseResult tooLong = parse("name;parent;headcount\n" + "x".repeat(101) + ";;1");

        assertThat(ok.rows()).extracting(Row::name).containsExactly(emoji);
        assertThat(tooLong.problems())
                .containsExactly(new CsvProblem(2, "organisation.csv.nameTooLong", List.of(100, 101)));
    }

    @Test
    void a_name_with_a_line_break_or_a_direction_override_is_refused() {
        ParseResult result = parse("name;parent;headcount\n\"Two\nlines\";;1\nabc\u202Edef;;1\nTab\there;;1\n");

        assertThat(result.problems()).extracting(CsvProblem::line, CsvProblem::key).containsExactly(
                tuple(2, "organisation.csv.nameControlCharacter"),
                tuple(4, "organisation.csv.nameControlCharacter"),
                tuple(5, "organisation.csv.nameControlCharacter"));
    }

    @Test
    void html_in_a_name_is_kept_as_text() {
        assertThat(parse("name;parent;headcount\n<script>alert(1)</script>;;1").rows().get(0).name())
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void a_file_that_is_not_utf8_is_a_problem_with_its_line() {
        byte[] windows1252 = "name;parent;headcount\nDirectie;;1\nCaf\u00e9;;2\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(DepartmentCsv.parse(windows1252).problems())
                .containsExactly(new CsvProblem(3, "organisation.csv.notUtf8", List.of()));
    }

    @Test
    void an_empty_file_a_missing_header_and_a_header_only_file_are_told_apart() {
        assertThat(DepartmentCsv.parse(new byte[0]).problems()).extracting(CsvProblem::key)
                .containsExactly("organisation.csv.empty");
        assertThat(parse("\uFEFF\r\n\r\n").problems()).extracting(CsvProblem::key)
                .containsExactly("organisation.csv.empty");
        assertThat(parse("Directie;;5\n").problems()).extracting(CsvProblem::line, CsvProblem::key)
                .containsExactly(tuple(1, "organisation.csv.header"));
        assertThat(parse("name;parent;headcount\r\n").problems()).extracting(CsvProblem::key)
                .containsExactly("organisation.csv.noRows");
    }

    @Test
    void an_unclosed_quote_is_reported_where_it_opens() {
        assertThat(parse("name;parent;headcount\nA;;1\n\"B;;1\nC;;1\n").problems())
                .containsExactly(new CsvProblem(3, "organisation.csv.quoteNotClosed", List.of()));
    }

    @Test
    void more_than_5000_rows_is_refused() {
        StringBuilder csv = new StringBuilder("name;parent;headcount\n");
        for (int i = 0; i < 5_001; i++) {
            csv.append("D").append(i).append(";;1\n");
        }

        assertThat(parse(csv.toString()).problems())
                .containsExactly(new CsvProblem(0, "organisation.csv.tooManyRows", List.of(5_000, 5_001)));
    }

    @Test
    void exactly_5000_rows_is_fine() {
        StringBuilder csv = new StringBuilder("name;parent;headcount\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("D").append(i).append(";;1\n");
        }

        assertThat(parse(csv.toString()).rows()).hasSize(5_000);
    }

    @Test
    void problems_beyond_1000_are_summarised() {
        StringBuilder csv = new StringBuilder("name;parent;headcount\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append("D").append(i).append(";;x\n");
        }

        List<CsvProblem> problems = parse(csv.toString()).problems();

        assertThat(problems).hasSize(1_001);
        assertThat(problems.get(1_000)).isEqualTo(new CsvProblem(0, "organisation.csv.moreProblems", List.of(200)));
    }

    @Test
    void what_is_written_reads_back_the_same() {
        List<Row> rows = List.of(
                new Row(2, "Directie; staf", null, 5),
                new Row(3, "De \"Brug\"", "Directie; staf", 0),
                new Row(4, "Zorg, Noord 👩‍⚕️", "De \"Brug\"", 100_000),
                new Row(5, "=SUM(A1)", null, 1));

        String written = DepartmentCsv.write(rows);

        assertThat(written).startsWith("name;parent;headcount\r\n\"Directie; staf\";;5\r\n");
        assertThat(parse(written).rows()).isEqualTo(rows);
    }

    @Test
    void the_excel_variant_starts_with_a_byte_order_mark_and_reads_back() {
        byte[] bytes = DepartmentCsv.writeUtf8WithBom(List.of(new Row(2, "Café", null, 1)));

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(DepartmentCsv.parse(bytes).rows()).containsExactly(new Row(2, "Café", null, 1));
    }
}
