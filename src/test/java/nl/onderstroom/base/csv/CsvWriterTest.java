package nl.onderstroom.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+31 6 1234", "-2+3",
            "@SUM(A1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0");

    /** The cells as a spreadsheet program sees them after reading the file. */
    static List<List<String>> cells(String csv, char separator) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(csv)).getRecords()
                .stream().map(CSVRecord::toList).toList();
    }

    static boolean runsAsFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    @Test
    void no_text_cell_starts_like_a_formula_and_restore_gives_the_text_back() throws IOException {
        CsvWriter writer = CsvWriter.semicolons();
        FORMULAS.forEach(f -> writer.row(f, "plain; with separator", CsvWriter.number("-1.5")));
        List<List<String>> rows = cells(writer.toString(), ';');
        assertThat(rows).hasSize(FORMULAS.size());
        for (int i = 0; i < rows.size(); i++) {
            String cell = rows.get(i).get(0);
            assertThat(runsAsFormula(cell)).as(cell).isFalse();
            assertThat(cell).isEqualTo("'" + FORMULAS.get(i));
            assertThat(CsvWriter.restore(cell)).isEqualTo(FORMULAS.get(i));
            assertThat(rows.get(i).get(1)).isEqualTo("plain; with separator");
            assertThat(rows.get(i).get(2)).as("a number is left alone").isEqualTo("-1.5");
        }
    }

    @Test
    void text_that_already_starts_with_an_apostrophe_survives_the_round_trip() {
        for (String text : new String[] {"'=x", "'plain", "it's", "''=y"}) {
            assertThat(CsvWriter.restore(CsvWriter.defuse(text))).as(text).isEqualTo(text);
        }
        assertThat(CsvWriter.defuse("Verkoop")).isEqualTo("Verkoop");
    }
}
