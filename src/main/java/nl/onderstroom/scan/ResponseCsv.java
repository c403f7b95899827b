package nl.onderstroom.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.onderstroom.base.csv.CsvProblem;
import nl.onderstroom.base.csv.CsvProblems;
import nl.onderstroom.base.csv.CsvReader;
import nl.onderstroom.base.csv.CsvRecord;
import nl.onderstroom.organisation.DepartmentNames;

/**
 * Reads answers collected outside Onderstroom (a paper round, another survey tool) from a CSV file
 * with one row per answered connection:
 *
 * <pre>respondent,department,target,frequency,importance,flow,stops,themes,story</pre>
 *
 * <ul>
 * <li>UTF-8 (a byte order mark is skipped); {@code ,} as separator, or {@code ;} when the header
 * uses that (as Dutch Excel writes it); RFC 4180 quoting: a quoted field may hold separators, quotes
 * ({@code ""}) and line breaks; blank lines are skipped.</li>
 * <li>The header names all nine columns, in any order and letter case; no other columns.</li>
 * <li>{@code respondent}: any non-empty key (trimmed, case-sensitive) that groups one respondent's
 * rows, wherever they are in the file. It is not kept.</li>
 * <li>{@code department}, {@code target}: department names, compared as {@link DepartmentNames#key};
 * a target equal to the department is the rating of the department's own cohesion.</li>
 * <li>{@code frequency}: {@code NEVER|YEARLY|MONTHLY|WEEKLY|DAILY}; {@code importance}, {@code flow}:
 * 1 to 5; {@code stops}: {@code NONE|THEIRS|OURS|BOTH}; letter case does not matter.</li>
 * <li>{@code themes}: theme keys separated by {@code ;}, possibly none; letter case does not matter,
 * the result holds the keys as given in {@code themeKeys}.</li>
 * <li>{@code story}: optional; cleaned by {@link FreeText}; at most {@value #MAX_STORY_LENGTH}
 * characters as the column counts them (UTF-16 units, see {@link FreeText.Result#length}).</li>
 * </ul>
 * All of one respondent's rows name the same department, and no target twice.
 *
 * <p>Long on purpose: one file format, column by column, with a message for each way a row can be wrong; what any
 * CSV upload needs (encoding, separator, quoting, problem lists) lives in {@code base/csv}.
 */
public final class ResponseCsv {

    public static final int MAX_STORY_LENGTH = AnswerRules.MAX_TEXT;
    private static final CsvProblems.Keys KEYS = new CsvProblems.Keys("scan.csv.notUtf8", "scan.csv.quoteNotClosed",
            "scan.csv.textAfterQuote", "scan.csv.columnCount", "scan.csv.moreProblems");

    private enum Column {
        RESPONDENT, DEPARTMENT, TARGET, FREQUENCY, IMPORTANCE, FLOW, STOPS, THEMES, STORY;

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ResponseCsv() {
    }

    /** One answered connection: the respondent's view of {@code targetId}. */
    public record ImportedConnection(long targetId, Frequency frequency, int importance, int flow, Stop stop,
            Set<String> themes, String story) {
        public ImportedConnection {
            Objects.requireNonNull(frequency, "frequency");
            Objects.requireNonNull(stop, "stop");
            themes = Collections.unmodifiableSet(new LinkedHashSet<>(themes));
        }
    }

    /** One respondent: their department and their connections, in file order. */
    public record ImportedRespondent(long departmentId, List<ImportedConnection> connections) {
        public ImportedRespondent {
            connections = List.copyOf(connections);
        }
    }

    /**
     * Something the user must fix in the file: a {@link CsvProblem} under the type that
     * {@code ScanService.ImportOutcome} names (kept so its callers compile unchanged).
     *
     * @param line the physical line on which the record starts, or 0 for the whole file
     */
    public record Problem(int line, String key, List<Object> args) {
        public Problem {
            args = List.copyOf(args);
        }

        static Problem of(CsvProblem problem) {
            return new Problem(problem.line(), problem.key(), problem.args());
        }
    }

    /** Either the respondents, in order of first appearance, or all problems; never both. */
    public record ImportResult(List<ImportedRespondent> respondents, List<CsvProblem> problems) {
        public ImportResult {
            respondents = List.copyOf(respondents);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }

        public int connectionCount() {
            return respondents.stream().mapToInt(r -> r.connections().size()).sum();
        }
    }

    /**
     * Reads an uploaded file. Never throws on bad content.
     *
     * @param departmentsByName the organisation's departments, name to id
     * @param themeKeys         the keys of the scan's themes
     */
    public static ImportResult parse(byte[] utf8, Map<String, Long> departmentsByName, Set<String> themeKeys) {
        CsvProblems problems = new CsvProblems(KEYS);
        String text = problems.decode(utf8);
        if (text == null) {
            return failed(problems);
        }
        return parse(new StringReader(text), departmentsByName, themeKeys);
    }

    /**
     * Reads a file as characters, streaming. A reader that decodes strictly (a
     * {@link java.nio.charset.CharsetDecoder} reporting errors) turns bad bytes into a
     * {@code scan.csv.notUtf8} problem; its line is approximate, as decoders read ahead.
     *
     * @throws UncheckedIOException when {@code reader} fails otherwise
     */
    public static ImportResult parse(Reader reader, Map<String, Long> departmentsByName, Set<String> themeKeys) {
        return new Parser(departmentsByName, themeKeys).parse(reader);
    }

    private static final class Parser {
        private final Map<String, Long> departmentByKey = new HashMap<>();
        private final Map<String, Long> departmentByRaw = new HashMap<>();
        private final Map<Long, String> departmentName = new HashMap<>();
        private final Map<String, String> themeByKey = new HashMap<>();
        private final Map<String, Respondent> respondents = new LinkedHashMap<>();
        private final CsvProblems problems = new CsvProblems(KEYS);
        private int[] columnIndex;
        private int columnCount;

        Parser(Map<String, Long> departmentsByName, Set<String> themeKeys) {
            new TreeMap<>(departmentsByName).forEach((name, id) -> {
                departmentByKey.putIfAbsent(DepartmentNames.key(name), id);
                departmentName.putIfAbsent(id, DepartmentNames.clean(name));
            });
            themeKeys.forEach(k -> themeByKey.put(k.strip().toLowerCase(Locale.ROOT), k));
        }

        ImportResult parse(Reader source) {
            BufferedReader in = new BufferedReader(source, 64 * 1024);
            CsvReader csv = null;
            try {
                csv = new CsvReader(in, CsvReader.detectSeparator(in, ','));
                CsvRecord header = csv.nextNonBlank();
                if (header == null) {
                    problems.add(0, "scan.csv.empty");
                    return failed(problems);
                }
                if (!readHeader(header)) {
                    return failed(problems);
                }
                boolean anyRow = false;
                for (CsvRecord record = csv.nextNonBlank(); record != null; record = csv.nextNonBlank()) {
                    anyRow = true;
                    readRow(record);
                }
                if (!anyRow) {
                    problems.add(0, "scan.csv.noRows");
                    return failed(problems);
                }
            } catch (CharacterCodingException e) {
                problems.notUtf8(csv == null ? 1 : csv.line());
                return failed(problems);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!problems.isEmpty()) {
                return failed(problems);
            }
            return new ImportResult(respondents.values().stream()
                    .map(r -> new ImportedRespondent(r.departmentId, r.connections)).toList(), List.of());
        }

        private boolean readHeader(CsvRecord header) {
            int line = header.line();
            if (header.isMalformed()) {
                problems.add(line, "scan.csv.header");
                return false;
            }
            List<String> fields = header.withoutTrailingEmpty(Column.values().length);
            columnIndex = new int[Column.values().length];
            java.util.Arrays.fill(columnIndex, -1);
            for (int i = 0; i < fields.size(); i++) {
                String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
                Column column = null;
                for (Column c : Column.values()) {
                    if (c.header().equals(name)) {
                        column = c;
                    }
                }
                if (column == null) {
                    problems.add(line, "scan.csv.headerUnknownColumn", fields.get(i).strip());
                } else if (columnIndex[column.ordinal()] >= 0) {
                    problems.add(line, "scan.csv.headerDuplicateColumn", column.header());
                } else {
                    columnIndex[column.ordinal()] = i;
                }
            }
            for (Column c : Column.values()) {
                if (columnIndex[c.ordinal()] < 0) {
                    problems.add(line, "scan.csv.headerMissingColumn", c.header());
                }
            }
            columnCount = fields.size();
            return problems.isEmpty();
        }

        private void readRow(CsvRecord record) {
            int line = record.line();
            List<String> fields = problems.fields(record, columnCount);
            if (fields == null) {
                return;
            }
            int before = problems.count();
            String respondentKey = required(line, fields, Column.RESPONDENT);
            Long departmentId = department(line, fields, Column.DEPARTMENT, "scan.csv.departmentUnknown");
            Long targetId = department(line, fields, Column.TARGET, "scan.csv.targetUnknown");
            Frequency frequency = choice(line, fields, Column.FREQUENCY, Frequency.class, "scan.csv.frequencyInvalid");
            int importance = rating(line, fields, Column.IMPORTANCE);
            int flow = rating(line, fields, Column.FLOW);
            Stop stop = choice(line, fields, Column.STOPS, Stop.class, "scan.csv.stopsInvalid");
            Set<String> themes = themes(line, fields.get(columnIndex[Column.THEMES.ordinal()]));
            String story = story(line, fields.get(columnIndex[Column.STORY.ordinal()]));

            if (respondentKey == null) {
                return;
            }
            Respondent respondent = respondents.get(respondentKey);
            if (respondent == null && departmentId != null) {
                respondent = new Respondent(line, departmentId);
                respondents.put(respondentKey, respondent);
            }
            if (respondent != null && departmentId != null && !departmentId.equals(respondent.departmentId)) {
                problems.add(line, "scan.csv.respondentDepartmentDiffers", respondentKey,
                        departmentName.get(respondent.departmentId), respondent.firstLine);
            }
            if (respondent != null && targetId != null) {
                Integer earlier = respondent.lineByTarget.putIfAbsent(targetId, line);
                if (earlier != null) {
                    problems.add(line, "scan.csv.targetTwice", respondentKey, departmentName.get(targetId),
                            earlier);
                }
            }
            if (problems.count() == before && respondent != null) {
                respondent.connections.add(
                        new ImportedConnection(targetId, frequency, importance, flow, stop, themes, story));
            }
        }

        private String required(int line, List<String> fields, Column column) {
            String value = fields.get(columnIndex[column.ordinal()]).strip();
            if (value.isEmpty()) {
                problems.add(line, "scan.csv.valueMissing", column.header());
                return null;
            }
            return value;
        }

        private Long department(int line, List<String> fields, Column column, String unknownKey) {
            String value = required(line, fields, column);
            if (value == null) {
                return null;
            }
            Long id = departmentByRaw.get(value);
            if (id == null) {
                id = departmentByKey.get(DepartmentNames.key(value));
                if (id == null) {
                    problems.add(line, unknownKey, value);
                    return null;
                }
                departmentByRaw.put(value, id);
            }
            return id;
        }

        private <E extends Enum<E>> E choice(int line, List<String> fields, Column column, Class<E> type, String key) {
            String value = required(line, fields, column);
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            problems.add(line, key, value);
            return null;
        }

        private int rating(int line, List<String> fields, Column column) {
            String value = required(line, fields, column);
            if (value == null) {
                return 0;
            }
            if (value.length() == 1 && AnswerRules.within(value, AnswerRules.RATING_MIN, AnswerRules.RATING_MAX)) {
                return Integer.parseInt(value);
            }
            problems.add(line, "scan.csv.ratingInvalid", column.header(), value);
            return 0;
        }

        private Set<String> themes(int line, String value) {
            if (value.isBlank()) {
                return Set.of();
            }
            Set<String> themes = new LinkedHashSet<>();
            for (String part : value.split(";", -1)) {
                String theme = part.strip();
                if (theme.isEmpty()) {
                    continue;
                }
                String known = themeByKey.get(theme.toLowerCase(Locale.ROOT));
                if (known == null) {
                    problems.add(line, "scan.csv.themeUnknown", theme);
                } else {
                    themes.add(known);
                }
            }
            return themes;
        }

        private String story(int line, String value) {
            if (value.isEmpty()) {
                return null;
            }
            FreeText.Result story = FreeText.clean(value, MAX_STORY_LENGTH);
            if (story.isTooLong()) {
                problems.add(line, "scan.csv.storyTooLong", MAX_STORY_LENGTH, story.length());
                return null;
            }
            return story.isEmpty() ? null : story.text();
        }
    }

    private static ImportResult failed(CsvProblems problems) {
        return new ImportResult(List.of(), problems.list());
    }

    private static final class Respondent {
        final int firstLine;
        final long departmentId;
        final Map<Long, Integer> lineByTarget = new HashMap<>();
        final List<ImportedConnection> connections = new ArrayList<>();

        Respondent(int firstLine, long departmentId) {
            this.firstLine = firstLine;
            this.departmentId = departmentId;
        }
    }
}
