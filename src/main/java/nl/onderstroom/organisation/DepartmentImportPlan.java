package nl.onderstroom.organisation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderstroom.base.csv.CsvProblem;
import nl.onderstroom.organisation.DepartmentCsv.Row;

/**
 * What importing a department file does to an organisation's departments, worked out before
 * anything is written.
 *
 * <p>Rows are matched to existing departments by name as {@link DepartmentNames#key} compares them
 * (trimmed, case- and accent-insensitive). A matching row updates the department's parent and
 * headcount, and its name to the file's spelling; any other row creates a department. Departments
 * not in the file stay as they are: an import never deletes or moves them.
 */
public final class DepartmentImportPlan {

    private DepartmentImportPlan() {
    }

    /** A department as it is now. {@code parentId} is {@code null} for a top-level department. */
    public record Existing(long id, String name, Long parentId) {
        public Existing {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Where a department hangs after the import: at the top, under an existing department (by id),
     * or under a department this same import creates (by name; see {@link Create}).
     */
    public record ParentRef(Long existingId, String createdName) {
        public static final ParentRef TOP_LEVEL = new ParentRef(null, null);

        public static ParentRef existing(long id) {
            return new ParentRef(id, null);
        }

        public static ParentRef created(String name) {
            return new ParentRef(null, Objects.requireNonNull(name));
        }

        public boolean isTopLevel() {
            return existingId == null && createdName == null;
        }
    }

    /** One step of an import; the steps are applied in list order. */
    public sealed interface Operation permits Create, Update {
        /** The line of the file that asked for it. */
        int line();

        String name();

        ParentRef parent();

        int headcount();
    }

    /**
     * Create a department. A later operation that refers to it does so by
     * {@link ParentRef#created(String)} with this exact {@code name}, so the applier keeps a map from
     * created name to new id.
     */
    public record Create(int line, String name, ParentRef parent, int headcount) implements Operation {
    }

    /** Set an existing department's name (the file's spelling), parent and headcount. */
    public record Update(int line, long id, String name, ParentRef parent, int headcount) implements Operation {
    }

    /** Either the operations to apply or all problems; never both. */
    public record PlanResult(List<Operation> operations, List<CsvProblem> problems) {
        public PlanResult {
            operations = List.copyOf(operations);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /**
     * Plans the import of {@code rows} (a valid {@link DepartmentCsv#parse} result) into an
     * organisation whose departments are {@code existing}.
     *
     * <p>Operations come parents first: when an operation is applied, the department it hangs under
     * exists and already has its final parent, so applying them in order never forms a cycle, not
     * even for a moment. Otherwise they keep the order of the file.
     *
     * <p>Problems: {@code organisation.csv.parentUnknown} (a parent that is neither in the file nor
     * an existing department), {@code organisation.csv.cycle} (rows that would make a department its
     * own ancestor; one problem per cycle, on its first line, naming all lines involved) and
     * {@code organisation.csv.nameMatchesSeveral} (existing departments differing only in case or
     * accents, so a row cannot tell which one it means).
     */
    public static PlanResult plan(List<Row> rows, List<Existing> existing) {
        Map<String, List<Existing>> existingByKey = existing.stream()
                .sorted(Comparator.comparingLong(Existing::id))
                .collect(Collectors.groupingBy(e -> DepartmentNames.key(e.name()), LinkedHashMap::new,
                        Collectors.toList()));
        Map<Long, Existing> existingById = new HashMap<>();
        existing.forEach(e -> existingById.put(e.id(), e));
        Map<String, Row> rowByKey = new LinkedHashMap<>();
        rows.forEach(r -> rowByKey.putIfAbsent(DepartmentNames.key(r.name()), r));

        List<CsvProblem> problems = new ArrayList<>();
        for (Row row : rows) {
            List<Existing> matches = existingByKey.get(DepartmentNames.key(row.name()));
            if (matches != null && matches.size() > 1) {
                problems.add(CsvProblem.of(row.line(), "organisation.csv.nameMatchesSeveral", row.name(),
                        matches.stream().map(Existing::name).collect(Collectors.joining(", "))));
            }
            if (row.parent() != null) {
                String parentKey = DepartmentNames.key(row.parent());
                if (!rowByKey.containsKey(parentKey) && !existingByKey.containsKey(parentKey)) {
                    problems.add(CsvProblem.of(row.line(), "organisation.csv.parentUnknown", row.parent()));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new PlanResult(List.of(), problems);
        }

        // The tree after the import, by name key: every department's parent key (null = top level).
        Map<String, String> parentOf = new HashMap<>();
        for (Existing e : existing) {
            Existing parent = e.parentId() == null ? null : existingById.get(e.parentId());
            parentOf.put(DepartmentNames.key(e.name()), parent == null ? null : DepartmentNames.key(parent.name()));
        }
        for (Row row : rows) {
            parentOf.put(DepartmentNames.key(row.name()), row.parent() == null ? null : DepartmentNames.key(row.parent()));
        }

        List<List<Row>> cycles = cycles(rowByKey, parentOf);
        for (List<Row> cycle : cycles) {
            List<Row> byLine = cycle.stream().sorted(Comparator.comparingInt(Row::line)).toList();
            String names = cycle.stream().map(Row::name).collect(Collectors.joining(" → "))
                    + " → " + cycle.get(0).name();
            String lines = byLine.stream().map(r -> Integer.toString(r.line())).collect(Collectors.joining(", "));
            problems.add(CsvProblem.of(byLine.get(0).line(), "organisation.csv.cycle", names, lines));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CsvProblem::line));
            return new PlanResult(List.of(), problems);
        }
        return new PlanResult(operations(rows, rowByKey, parentOf, existingByKey), List.of());
    }

    /** The cycles of the resulting tree, each as its file rows in parent-chain order. */
    private static List<List<Row>> cycles(Map<String, Row> rowByKey, Map<String, String> parentOf) {
        Set<String> done = new HashSet<>();
        List<List<Row>> cycles = new ArrayList<>();
        for (String start : rowByKey.keySet()) {
            Map<String, Integer> onPath = new LinkedHashMap<>();
            List<String> path = new ArrayList<>();
            String key = start;
            while (key != null && !done.contains(key) && !onPath.containsKey(key)) {
                onPath.put(key, path.size());
                path.add(key);
                key = parentOf.get(key);
            }
            if (key != null && onPath.containsKey(key)) {
                // A cycle always runs through the file: the existing tree has none.
                List<Row> cycle = path.subList(onPath.get(key), path.size()).stream()
                        .map(rowByKey::get).filter(Objects::nonNull).toList();
                if (!cycle.isEmpty()) {
                    cycles.add(cycle);
                }
            }
            done.addAll(path);
        }
        return cycles;
    }

    private static List<Operation> operations(List<Row> rows, Map<String, Row> rowByKey,
            Map<String, String> parentOf, Map<String, List<Existing>> existingByKey) {
        Set<String> emitted = new HashSet<>();
        List<Operation> operations = new ArrayList<>(rows.size());
        for (Row row : rows) {
            // Walk up the final tree, through departments outside the file as well, and emit the
            // file's rows on the way from the top down.
            Deque<Row> pending = new ArrayDeque<>();
            String key = DepartmentNames.key(row.name());
            Set<String> seen = new HashSet<>();
            while (key != null && seen.add(key)) {
                Row onPath = rowByKey.get(key);
                if (onPath != null) {
                    if (emitted.contains(key)) {
                        break;
                    }
                    pending.push(onPath);
                }
                key = parentOf.get(key);
            }
            while (!pending.isEmpty()) {
                Row next = pending.pop();
                emitted.add(DepartmentNames.key(next.name()));
                operations.add(operation(next, rowByKey, existingByKey));
            }
        }
        return operations;
    }

    private static Operation operation(Row row, Map<String, Row> rowByKey, Map<String, List<Existing>> existingByKey) {
        ParentRef parent = ParentRef.TOP_LEVEL;
        if (row.parent() != null) {
            String parentKey = DepartmentNames.key(row.parent());
            List<Existing> existingParent = existingByKey.get(parentKey);
            parent = existingParent != null
                    ? ParentRef.existing(existingParent.get(0).id())
                    : ParentRef.created(rowByKey.get(parentKey).name());
        }
        List<Existing> match = existingByKey.get(DepartmentNames.key(row.name()));
        return match == null
                ? new Create(row.line(), row.name(), parent, row.headcount())
                : new Update(row.line(), match.get(0).id(), row.name(), parent, row.headcount());
    }
}
