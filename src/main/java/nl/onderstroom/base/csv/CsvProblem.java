package nl.onderstroom.base.csv;

import java.util.List;

/**
 * Something the user must fix in an uploaded file: a translation key and its arguments, which the screen or the API
 * turns into a sentence in the user's language.
 *
 * @param line the physical line on which the record starts, or 0 when it is about the whole file
 */
public record CsvProblem(int line, String key, List<Object> args) {

    public CsvProblem {
        args = List.copyOf(args);
    }

    public static CsvProblem of(int line, String key, Object... args) {
        return new CsvProblem(line, key, List.of(args));
    }
}
