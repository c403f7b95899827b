package nl.onderstroom.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class MapExportsFormulaTest {

    @Test
    void the_matrix_export_read_as_a_spreadsheet_has_no_formula_cell() throws Exception {
        String evil = "=1+2+cmd|' /C calc'!A0";
        List<List<String>> cells = CSVFormat.RFC4180.builder().setDelimiter(';').get()
                .parse(new StringReader(MapExports.matrixCsv(MapExportsTest.map(evil)))).getRecords().stream()
                .map(CSVRecord::toList).toList();
        assertThat(cells.get(0).get(1)).isEqualTo("'" + evil);
        assertThat(cells.get(1).get(0)).isEqualTo("'" + evil);
        assertThat(cells.get(1).get(2)).isEqualTo("4");
        cells.forEach(row -> row.forEach(cell ->
                assertThat(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0).as(cell).isFalse()));
    }
}
