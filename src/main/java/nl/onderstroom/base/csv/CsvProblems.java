package nl.onderstroom.base.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one uploaded file, and the checks every upload shares: strict UTF-8, quoting, the number of columns.
 * Keeps the first {@value #MAX_PROBLEMS} and counts the rest, which {@link #list} summarises as one problem, so a
 * broken file of a million lines gives a readable answer. Each file format names its own translation keys
 * ({@link Keys}), so the user reads which file and which column is meant. Not thread-safe: one per upload.
 */
public final class CsvProblems {

    /** More problems than this are summarised as one {@link Keys#moreProblems}. */
    public static final int MAX_PROBLEMS = 1_000;

    /**
     * A file format's translation keys for the problems every upload can have.
     *
     * @param notUtf8        the file is not UTF-8 (no arguments)
     * @param quoteNotClosed a quoted field runs to the end of the file (no arguments)
     * @param textAfterQuote text follows a closing quote (no arguments)
     * @param columnCount    a row has the wrong number of columns (expected, found)
     * @param moreProblems   the summary of the problems beyond {@value #MAX_PROBLEMS} (their number)
     */
    public record Keys(String notUtf8, String quoteNotClosed, String textAfterQuote, String columnCount,
                       String moreProblems) {
    }

    private final Keys keys;
    private final List<CsvProblem> list = new ArrayList<>();
    private int count;

    public CsvProblems(Keys keys) {
        this.keys = keys;
    }

    public void add(int line, String key, Object... args) {
        add(CsvProblem.of(line, key, args));
    }

    public void add(CsvProblem problem) {
        count++;
        if (list.size() < MAX_PROBLEMS) {
            list.add(problem);
        }
    }

    /** How many problems were found, also those beyond {@value #MAX_PROBLEMS}. */
    public int count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The problems kept, in the order found, and one summary of the rest when there were more. */
    public List<CsvProblem> list() {
        List<CsvProblem> all = new ArrayList<>(list);
        if (count > list.size()) {
            all.add(CsvProblem.of(0, keys.moreProblems(), count - list.size()));
        }
        return List.copyOf(all);
    }

    /** Reports that the file is not UTF-8, from {@code line} on. */
    public void notUtf8(int line) {
        add(line, keys.notUtf8());
    }

    /**
     * The text of an upload read as strict UTF-8 (a byte order mark dropped), or {@code null} after reporting the
     * line of the first bad byte: a file saved as Windows-1252 must not turn names into replacement characters.
     */
    public String decode(byte[] bytes) {
        Utf8.Decoded decoded = Utf8.decode(bytes);
        if (!decoded.isValid()) {
            notUtf8(decoded.badLine());
            return null;
        }
        return decoded.text();
    }

    /**
     * The fields of a data row that must have {@code columns} columns, without the trailing empty columns a
     * spreadsheet sometimes adds; or {@code null} after reporting broken quoting or a wrong number of columns.
     */
    public List<String> fields(CsvRecord record, int columns) {
        if (record.malformation() == CsvRecord.Malformation.UNCLOSED_QUOTE) {
            add(record.line(), keys.quoteNotClosed());
            return null;
        }
        if (record.malformation() == CsvRecord.Malformation.TEXT_AFTER_CLOSING_QUOTE) {
            add(record.line(), keys.textAfterQuote());
            return null;
        }
        List<String> fields = record.withoutTrailingEmpty(columns);
        if (fields.size() != columns) {
            add(record.line(), keys.columnCount(), columns, record.fields().size());
            return null;
        }
        return fields;
    }
}
