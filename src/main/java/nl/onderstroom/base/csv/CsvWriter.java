package nl.onderstroom.base.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer of the project (over Commons CSV): RFC 4180 quoting, CRLF line ends, a separator of choice,
 * and spreadsheet formula injection defused in every text cell: a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so Excel, LibreOffice and Google
 * Sheets show it as text instead of running it ({@code =HYPERLINK(...)}, {@code =cmd|...}). Numbers written with
 * {@link #number} are left alone (a negative number is not a formula). {@link #restore} undoes the prefix for
 * files that are read back (the department import).
 */
public final class CsvWriter {

    /** A cell written as is: a number the caller has formatted. */
    public record Number(String text) {
    }

    private final StringBuilder out = new StringBuilder();
    private final CSVPrinter printer;

    private CsvWriter(char separator) {
        try {
            printer = CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n")
                    .setQuoteMode(QuoteMode.MINIMAL).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Separated by {@code ;}, as Dutch Excel writes and reads CSV. */
    public static CsvWriter semicolons() {
        return new CsvWriter(';');
    }

    /** Separated by {@code ,}. */
    public static CsvWriter commas() {
        return new CsvWriter(',');
    }

    /** A pre-formatted number, written without defusing. */
    public static Number number(String formatted) {
        return new Number(formatted);
    }

    /** One row: {@link String} cells are text (defused), {@link Number} cells as they are, {@code null} empty. */
    public CsvWriter row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    public CsvWriter row(List<?> cells) {
        List<String> values = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            values.add(cell == null ? "" : cell instanceof Number n ? n.text() : defuse(cell.toString()));
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** UTF-8, with a byte order mark when Excel must recognise the encoding. */
    public byte[] utf8(boolean byteOrderMark) {
        return ((byteOrderMark ? "\uFEFF" : "") + out).getBytes(StandardCharsets.UTF_8);
    }

    /** A text cell as a spreadsheet may show it: with {@code '} before a formula's first character. */
    public static String defuse(String text) {
        // text that already looks defused ('=…, ''=…) gets one more ', so restore gives it back exactly
        return startsLikeFormula(withoutApostrophes(text)) ? "'" + text : text;
    }

    /** The text as it was before {@link #defuse}: for files this project reads back. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") && startsLikeFormula(withoutApostrophes(cell)) ? cell.substring(1) : cell;
    }

    private static String withoutApostrophes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return text.substring(i);
    }

    private static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
