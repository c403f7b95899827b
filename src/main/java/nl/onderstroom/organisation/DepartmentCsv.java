package nl.onderstroom.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.onderstroom.base.csv.CsvProblem;
import nl.onderstroom.base.csv.CsvProblems;
import nl.onderstroom.base.csv.CsvReader;
import nl.onderstroom.base.csv.CsvWriter;
import nl.onderstroom.base.csv.CsvRecord;

/**
 * The department list as a CSV file, for import and export.
 *
 * <p>Format: a header row {@code name;parent;headcount}, then one row per department. UTF-8 (a byte
 * order mark is skipped), {@code ;} or {@code ,} as separator (whichever the header uses), RFC 4180
 * quoting, CRLF or LF line ends; blank lines are skipped. {@code parent} empty means top level;
 * {@code headcount} empty means 0. The header may be in English ({@code name;parent;headcount}) or
 * in Dutch ({@code naam;bovenliggende afdeling;medewerkers}; also {@code afdeling},
 * {@code bovenliggend}, {@code valt onder}, {@code aantal medewerkers}), in any letter case, with
 * the columns in this order.
 * Trailing empty columns, as spreadsheets sometimes add, are ignored.
 *
 * <p>Names are stored trimmed and in Unicode NFC; they compare as {@link DepartmentNames#key}.
 */
public final class DepartmentCsv {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_HEADCOUNT = 100_000;
    private static final CsvProblems.Keys KEYS = new CsvProblems.Keys("organisation.csv.notUtf8",
            "organisation.csv.quoteNotClosed", "organisation.csv.textAfterQuote", "organisation.csv.columnCount",
            "organisation.csv.moreProblems");

    private static final List<Set<String>> HEADER_NAMES = List.of(
            Set.of("name", "naam", "afdeling"),
            Set.of("parent", "bovenliggend", "bovenliggende afdeling", "valt onder"),
            Set.of("headcount", "medewerkers", "aantal medewerkers"));
    private static final String[] ENGLISH_HEADER = {"name", "parent", "headcount"};

    private DepartmentCsv() {
    }

    /**
     * One department row.
     *
     * @param line      the line of the file it came from (0 when it did not come from a file)
     * @param name      the name, trimmed and NFC
     * @param parent    the parent's name, or {@code null} for a top-level department
     * @param headcount 0 to {@value #MAX_HEADCOUNT}
     */
    public record Row(int line, String name, String parent, int headcount) {
        public Row {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Either the rows of a valid file or all its problems; never both. A file may be valid and still
     * fail {@link DepartmentImportPlan#plan} (unknown parents, cycles).
     */
    public record ParseResult(List<Row> rows, List<CsvProblem> problems) {
        public ParseResult {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Reads a department file; see the class comment for the format. Never throws on bad content. */
    public static ParseResult parse(byte[] utf8) {
        CsvProblems problems = new CsvProblems(KEYS);
        String text = problems.decode(utf8);
        if (text == null) {
            return failed(problems);
        }
        List<CsvRecord> records = CsvReader.readAll(text, CsvReader.detectSeparator(text, ';'));
        records.removeIf(CsvRecord::isBlank);
        if (records.isEmpty()) {
            problems.add(0, "organisation.csv.empty");
            return failed(problems);
        }
        CsvRecord header = records.get(0);
        if (!isHeader(header)) {
            problems.add(header.line(), "organisation.csv.header");
            return failed(problems);
        }
        List<CsvRecord> data = records.subList(1, records.size());
        if (data.isEmpty()) {
            problems.add(0, "organisation.csv.noRows");
            return failed(problems);
        }
        if (data.size() > MAX_ROWS) {
            problems.add(0, "organisation.csv.tooManyRows", MAX_ROWS, data.size());
        }
        List<Row> rows = new ArrayList<>(data.size());
        Map<String, Integer> firstLineByKey = new HashMap<>();
        for (CsvRecord record : data) {
            Row row = readRow(record, firstLineByKey, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        return problems.isEmpty() ? new ParseResult(rows, List.of()) : failed(problems);
    }

    private static Row readRow(CsvRecord record, Map<String, Integer> firstLineByKey, CsvProblems problems) {
        int line = record.line();
        List<String> fields = problems.fields(record, HEADER_NAMES.size());
        if (fields == null) {
            return null;
        }
        int before = problems.count();
        // names this portal exported carry a ' before a leading = + - @ (CsvWriter); read them back as they were
        String name = DepartmentNames.clean(CsvWriter.restore(fields.get(0)));
        String parent = DepartmentNames.clean(CsvWriter.restore(fields.get(1)));
        checkName(line, name, problems);
        if (!name.isEmpty()) {
            Integer first = firstLineByKey.putIfAbsent(DepartmentNames.key(name), line);
            if (first != null) {
                problems.add(line, "organisation.csv.nameDuplicate", name, first);
            }
        }
        if (!parent.isEmpty() && hasControlCharacter(parent)) {
            problems.add(line, "organisation.csv.parentControlCharacter");
        } else if (!name.isEmpty() && !parent.isEmpty()
                && DepartmentNames.key(name).equals(DepartmentNames.key(parent))) {
            problems.add(line, "organisation.csv.selfParent", name);
        }
        int headcount = readHeadcount(line, fields.get(2).strip(), problems);
        if (problems.count() != before) {
            return null;
        }
        return new Row(line, name, parent.isEmpty() ? null : parent, headcount);
    }

    private static void checkName(int line, String name, CsvProblems problems) {
        if (name.isEmpty()) {
            problems.add(line, "organisation.csv.nameEmpty");
            return;
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME_LENGTH) {
            problems.add(line, "organisation.csv.nameTooLong", MAX_NAME_LENGTH, length);
        }
        if (hasControlCharacter(name)) {
            problems.add(line, "organisation.csv.nameControlCharacter");
        }
    }

    private static int readHeadcount(int line, String value, CsvProblems problems) {
        if (value.isEmpty()) {
            return 0;
        }
        boolean negative = value.charAt(0) == '-';
        int start = negative || value.charAt(0) == '+' ? 1 : 0;
        if (start == value.length()) {
            problems.add(line, "organisation.csv.headcountNotNumber", value);
            return 0;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                problems.add(line, "organisation.csv.headcountNotNumber", value);
                return 0;
            }
        }
        String digits = value.substring(start).replaceFirst("^0+(?=.)", "");
        if (negative && !digits.equals("0")
                || digits.length() > 6 || Integer.parseInt(digits) > MAX_HEADCOUNT) {
            problems.add(line, "organisation.csv.headcountRange", value, 0, MAX_HEADCOUNT);
            return 0;
        }
        return Integer.parseInt(digits);
    }

    /**
     * C0 and C1 control characters (a line break or tab included: a name is one line) and the
     * invisible bidirectional overrides that can make a name read differently from what it is.
     */
    static boolean hasControlCharacter(String s) {
        return DepartmentNames.hasInvisibleCharacter(s);
    }

    private static boolean isHeader(CsvRecord record) {
        if (record.isMalformed()) {
            return false;
        }
        List<String> fields = record.withoutTrailingEmpty(HEADER_NAMES.size()).stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (fields.size() != HEADER_NAMES.size()) {
            return false;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!HEADER_NAMES.get(i).contains(fields.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static ParseResult failed(CsvProblems problems) {
        return new ParseResult(List.of(), problems.list());
    }

    /**
     * Writes rows as a file {@link #parse} reads back: the English header, {@code ;} as separator,
     * CRLF line ends, rows in the given order, through the project's {@link CsvWriter} (RFC 4180 quoting). No
     * byte order mark: see {@link #writeUtf8WithBom} for files meant for Excel.
     *
     * <p>A name starting with {@code =}, {@code +}, {@code -} or {@code @} is written with a leading {@code '} so
     * that a spreadsheet shows it as text instead of running it; {@link #parse} removes it again.
     */
    public static String write(List<Row> rows) {
        return writer(rows).toString();
    }

    /** {@link #write} as UTF-8 bytes with a byte order mark, which Excel needs to recognise UTF-8. */
    public static byte[] writeUtf8WithBom(List<Row> rows) {
        return writer(rows).utf8(true);
    }

    private static CsvWriter writer(List<Row> rows) {
        CsvWriter out = CsvWriter.semicolons().row((Object[]) ENGLISH_HEADER);
        for (Row row : rows) {
            out.row(row.name(), row.parent(), CsvWriter.number(Integer.toString(row.headcount())));
        }
        return out;
    }
}
