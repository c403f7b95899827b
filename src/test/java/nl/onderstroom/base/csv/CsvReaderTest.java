package nl.onderstroom.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quoted_fields_keep_separators_doubled_quotes_and_line_breaks() {
        List<CsvRecord> records = CsvReader.readAll("a;\"b;c\";\"say \"\"hi\"\"\"\r\n\"two\r\nlines\";x;\"\"\r\n", ';');

        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("a", "b;c", "say \"hi\""),
                List.of("two\r\nlines", "x", ""));
    }

    @Test
    void a_record_knows_the_physical_line_it_starts_on() {
        List<CsvRecord> records = CsvReader.readAll("h\n\"multi\nline\nvalue\"\nnext\r\nlast", ',');

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5, 6);
    }

    @Test
    void lf_crlf_and_lone_cr_all_end_a_line() {
        assertThat(CsvReader.readAll("a\nb\r\nc\rd", ',')).extracting(r -> r.fields().get(0))
                .containsExactly("a", "b", "c", "d");
    }

    @Test
    void blank_lines_are_records_that_say_they_are_blank() {
        List<CsvRecord> records = CsvReader.readAll("a,b\n\n   \n", ',');

        assertThat(records).extracting(CsvRecord::isBlank).containsExactly(false, true, true);
    }

    @Test
    void an_unclosed_quote_is_reported_on_the_line_where_it_opened() {
        List<CsvRecord> records = CsvReader.readAll("ok\n\"never closed\nmore\n", ',');

        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).malformation()).isEqualTo(CsvRecord.Malformation.UNCLOSED_QUOTE);
    }

    @Test
    void text_after_a_closing_quote_is_reported_and_reading_goes_on() {
        List<CsvRecord> records = CsvReader.readAll("\"a\"b,c\nd,e", ',');

        assertThat(records.get(0).malformation()).isEqualTo(CsvRecord.Malformation.TEXT_AFTER_CLOSING_QUOTE);
        assertThat(records.get(1).fields()).containsExactly("d", "e");
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_kept_literally() {
        assertThat(CsvReader.readAll("5\" pipes,x", ',').get(0).fields()).containsExactly("5\" pipes", "x");
    }

    @Test
    void empty_fields_at_either_end_are_kept() {
        assertThat(CsvReader.readAll(";a;", ';').get(0).fields()).containsExactly("", "a", "");
    }

    @Test
    void a_byte_order_mark_at_the_start_is_skipped() {
        assertThat(CsvReader.readAll("\uFEFFname", ',').get(0).fields()).containsExactly("name");
    }

    @Test
    void the_separator_is_the_one_the_header_uses_most() {
        assertThat(CsvReader.detectSeparator("name;parent;headcount\na,b,c,d,e", ',')).isEqualTo(';');
        assertThat(CsvReader.detectSeparator("a,b,\"c;d;e\"", ';')).isEqualTo(',');
        assertThat(CsvReader.detectSeparator("single", ';')).isEqualTo(';');
    }

    @Test
    void utf8_decoding_names_the_line_of_the_first_bad_byte() {
        byte[] latin1 = "name\nok\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        Utf8.Decoded decoded = Utf8.decode(latin1);

        assertThat(decoded.isValid()).isFalse();
        assertThat(decoded.badLine()).isEqualTo(3);
    }

    @Test
    void utf8_decoding_drops_the_byte_order_mark_and_keeps_everything_else() {
        byte[] bytes = "\uFEFFCafé 👩‍👩‍👧 مرحبا".getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8.decode(bytes).text()).isEqualTo("Café 👩‍👩‍👧 مرحبا");
    }

    @Test
    void a_reader_that_delivers_one_character_at_a_time_gives_the_same_records() throws Exception {
        String text = "\uFEFFa;\"b;c\";\"say \"\"hi\"\"\"\r\n\"two\r\nlines\";x;\"\"\r\nlong unquoted value;é;👍\n";
        java.io.Reader trickle = new java.io.FilterReader(new java.io.StringReader(text)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                return super.read(buffer, offset, Math.min(1, length));
            }
        };
        CsvReader reader = new CsvReader(trickle, ';');
        List<CsvRecord> records = new java.util.ArrayList<>();
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }

        assertThat(records).isEqualTo(CsvReader.readAll(text, ';'));
        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("a", "b;c", "say \"hi\""),
                List.of("two\r\nlines", "x", ""),
                List.of("long unquoted value", "é", "👍"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 4);
    }
}
