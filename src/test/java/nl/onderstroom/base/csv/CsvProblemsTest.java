package nl.onderstroom.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvProblemsTest {

    private static final CsvProblems.Keys KEYS = new CsvProblems.Keys("f.notUtf8", "f.quote", "f.afterQuote",
            "f.columns", "f.more");

    @Test
    void problems_beyond_the_cap_are_counted_and_summarised_as_one() {
        CsvProblems problems = new CsvProblems(KEYS);
        for (int i = 1; i <= CsvProblems.MAX_PROBLEMS + 7; i++) {
            problems.add(i, "f.bad");
        }

        List<CsvProblem> list = problems.list();

        assertThat(problems.count()).isEqualTo(CsvProblems.MAX_PROBLEMS + 7);
        assertThat(list).hasSize(CsvProblems.MAX_PROBLEMS + 1);
        assertThat(list.get(CsvProblems.MAX_PROBLEMS)).isEqualTo(CsvProblem.of(0, "f.more", 7));
    }

    @Test
    void a_row_keeps_its_fields_without_the_empty_columns_a_spreadsheet_adds() {
        CsvProblems problems = new CsvProblems(KEYS);
        List<CsvRecord> records = CsvReader.readAll("a;b;;\r\na;b;c\r\n\"a;b\r\n", ';');

        assertThat(problems.fields(records.get(0), 2)).containsExactly("a", "b");
        assertThat(problems.fields(records.get(1), 2)).isNull();
        assertThat(problems.fields(records.get(2), 2)).isNull();
        assertThat(problems.list()).containsExactly(CsvProblem.of(2, "f.columns", 2, 3),
                CsvProblem.of(3, "f.quote"));
    }

    @Test
    void text_after_a_closing_quote_is_reported_with_its_line() {
        CsvProblems problems = new CsvProblems(KEYS);
        CsvRecord record = CsvReader.readAll("a;b\n\"x\"y;b\n", ';').get(1);

        assertThat(problems.fields(record, 2)).isNull();
        assertThat(problems.list()).containsExactly(CsvProblem.of(2, "f.afterQuote"));
    }

    @Test
    void an_upload_that_is_not_utf8_is_reported_at_the_line_of_its_first_bad_byte() {
        CsvProblems problems = new CsvProblems(KEYS);
        byte[] bytes = "name\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(problems.decode(bytes)).isNull();
        assertThat(problems.list()).containsExactly(CsvProblem.of(2, "f.notUtf8"));
        assertThat(new CsvProblems(KEYS).decode("\uFEFFname".getBytes(StandardCharsets.UTF_8))).isEqualTo("name");
    }
}
