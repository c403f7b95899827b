package nl.onderstroom.base.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: fields separated by one character, optionally enclosed in double
 * quotes; a quoted field may hold separators, line breaks and doubled quotes ({@code ""}). Lines end
 * in CRLF, LF or a lone CR. Lenient where that cannot lose data: a quote inside an unquoted field is
 * kept as a literal character ({@code 5" pipe}). A leading U+FEFF (byte order mark) is skipped.
 *
 * <p>Reads one record at a time, so a large upload is never split into lines or matched by regular
 * expressions. Not thread-safe.
 */
public final class CsvReader {

    private static final int EOF = -1;

    private final Reader in;
    private final char separator;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private int line = 1;
    private boolean started;

    public CsvReader(Reader in, char separator) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("separator cannot be a quote or a line break");
        }
        this.in = in;
        this.separator = separator;
    }

    /**
     * Picks {@code ;} or {@code ,} for a file, from whichever occurs more often outside quotes in its
     * first line; on a tie (also: neither occurs) {@code preferred}.
     */
    public static char detectSeparator(String text, char preferred) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        if (semicolons == commas) {
            return preferred;
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * {@link #detectSeparator(String, char)} for a stream, from its first 8 KiB; the reader is left where it was.
     *
     * @param in a reader that supports {@link BufferedReader#mark}
     */
    public static char detectSeparator(BufferedReader in, char preferred) throws IOException {
        char[] start = new char[8 * 1024];
        in.mark(start.length);
        int n = in.read(start, 0, start.length);
        in.reset();
        return n <= 0 ? preferred : detectSeparator(new String(start, 0, n), preferred);
    }

    /** The physical line the reader is on: where the next record starts, or where reading failed. */
    public int line() {
        return line;
    }

    /**
     * The next record, or {@code null} at the end of the input.
     *
     * @throws IOException when the underlying reader fails (a strict decoder reports bad encoding so)
     */
    public CsvRecord next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        if (peek() == EOF) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        CsvRecord.Malformation malformation = null;
        while (true) {
            int c = read();
            boolean endOfRecord;
            if (c == '"' && field.isEmpty()) {
                boolean closed = readQuoted(field);
                if (!closed) {
                    fields.add(field.toString());
                    return new CsvRecord(startLine, fields, CsvRecord.Malformation.UNCLOSED_QUOTE);
                }
                c = read();
                if (c != separator && c != '\r' && c != '\n' && c != EOF) {
                    if (malformation == null) {
                        malformation = CsvRecord.Malformation.TEXT_AFTER_CLOSING_QUOTE;
                    }
                    field.append((char) c);
                    c = readUnquoted(field);
                }
            } else if (c != separator && c != '\r' && c != '\n' && c != EOF) {
                field.append((char) c);
                c = readUnquoted(field);
            }
            fields.add(field.toString());
            field.setLength(0);
            endOfRecord = c != separator;
            if (endOfRecord) {
                endLine(c);
                return new CsvRecord(startLine, fields, malformation);
            }
        }
    }

    /** The next record that is not a blank line (importers skip those), or {@code null} at the end. */
    public CsvRecord nextNonBlank() throws IOException {
        CsvRecord record = next();
        while (record != null && record.isBlank()) {
            record = next();
        }
        return record;
    }

    /** Reads the rest of an unquoted field; returns the character that ended it. */
    private int readUnquoted(StringBuilder field) throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                return EOF;
            }
            // Copy runs of ordinary characters at once rather than one by one.
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == separator || c == '\r' || c == '\n') {
                    field.append(buffer, start, position - start);
                    position++;
                    return c;
                }
                position++;
            }
            field.append(buffer, start, position - start);
        }
    }

    /** Reads a quoted field after its opening quote; returns whether the closing quote was found. */
    private boolean readQuoted(StringBuilder field) throws IOException {
        while (true) {
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == '"' || c == '\r' || c == '\n') {
                    break;
                }
                position++;
            }
            field.append(buffer, start, position - start);
            int c = read();
            if (c == EOF) {
                return false;
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    field.append('"');
                } else {
                    return true;
                }
            } else {
                if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    line++;
                }
                field.append((char) c);
            }
        }
    }

    private void endLine(int c) throws IOException {
        if (c == '\r') {
            if (peek() == '\n') {
                read();
            }
            line++;
        } else if (c == '\n') {
            line++;
        }
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** Reads all records of an in-memory text; convenient for small files and tests. */
    public static List<CsvRecord> readAll(String text, char separator) {
        CsvReader reader = new CsvReader(new java.io.StringReader(text), separator);
        List<CsvRecord> records = new ArrayList<>();
        try {
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
