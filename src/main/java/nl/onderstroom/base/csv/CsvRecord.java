package nl.onderstroom.base.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line         the physical line (1-based) on which the record starts
 * @param fields       the field values, unquoted, never {@code null}; not trimmed
 * @param malformation what is wrong with the quoting, or {@code null} when nothing is
 */
public record CsvRecord(int line, List<String> fields, Malformation malformation) {

    /** How a record's quoting broke RFC 4180. */
    public enum Malformation {
        /** A quoted field was still open at the end of the file. */
        UNCLOSED_QUOTE,
        /** A closing quote was followed by text instead of a separator or line end. */
        TEXT_AFTER_CLOSING_QUOTE
    }

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** Whether the record is an empty or whitespace-only line, which importers skip. */
    public boolean isBlank() {
        return malformation == null && fields.size() == 1 && fields.get(0).isBlank();
    }

    public boolean isMalformed() {
        return malformation != null;
    }

    /** The fields without empty or blank ones at the end, as long as more than {@code columns} remain. */
    public List<String> withoutTrailingEmpty(int columns) {
        int size = fields.size();
        while (size > columns && fields.get(size - 1).isBlank()) {
            size--;
        }
        return fields.subList(0, size);
    }
}
