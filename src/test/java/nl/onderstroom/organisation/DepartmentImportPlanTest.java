package nl.onderstroom.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.base.csv.CsvProblem;
import nl.onderstroom.organisation.DepartmentCsv.Row;
import nl.onderstroom.organisation.DepartmentImportPlan.Create;
import nl.onderstroom.organisation.DepartmentImportPlan.Existing;
import nl.onderstroom.organisation.DepartmentImportPlan.Operation;
import nl.onderstroom.organisation.DepartmentImportPlan.ParentRef;
import nl.onderstroom.organisation.DepartmentImportPlan.PlanResult;
import nl.onderstroom.organisation.DepartmentImportPlan.Update;
import org.junit.jupiter.api.Test;

class DepartmentImportPlanTest {

    private static Row row(int line, String name, String parent, int headcount) {
        return new Row(line, name, parent, headcount);
    }

    @Test
    void new_departments_are_created_parents_first_even_when_the_file_lists_children_first() {
        PlanResult plan = DepartmentImportPlan.plan(List.of(
                row(2, "Team A", "Zorg", 8),
                row(3, "Zorg", "Directie", 40),
                row(4, "Directie", null, 3)), List.of());

        assertThat(plan.operations()).containsExactly(
                new Create(4, "Directie", ParentRef.TOP_LEVEL, 3),
                new Create(3, "Zorg", ParentRef.created("Directie"), 40),
                new Create(2, "Team A", ParentRef.created("Zorg"), 8));
    }

    @Test
    void a_row_matching_an_existing_department_updates_it_ignoring_case_and_spaces() {
        List<Existing> existing = List.of(new Existing(10, "Directie", null), new Existing(11, "ict", null));

        PlanResult plan = DepartmentImportPlan.plan(List.of(row(2, "ICT", " directie ", 12)), existing);

        assertThat(plan.operations()).containsExactly(new Update(2, 11, "ICT", ParentRef.existing(10), 12));
    }

    @Test
    void departments_not_in_the_file_are_left_alone() {
        List<Existing> existing = List.of(new Existing(1, "Directie", null), new Existing(2, "Archief", 1L));

        PlanResult plan = DepartmentImportPlan.plan(List.of(row(2, "Nieuw", "Archief", 1)), existing);

        assertThat(plan.operations()).containsExactly(new Create(2, "Nieuw", ParentRef.existing(2), 1));
    }

    @Test
    void unknown_parent_is_reported_with_its_line_number() {
        PlanResult plan = DepartmentImportPlan.plan(List.of(
                row(2, "Zorg", null, 1),
                row(3, "Team", "Zrog", 1)), List.of(new Existing(1, "Directie", null)));

        assertThat(plan.operations()).isEmpty();
        assertThat(plan.problems()).containsExactly(new CsvProblem(3, "organisation.csv.parentUnknown", List.of("Zrog")));
    }

    @Test
    void a_cycle_within_the_file_is_reported_once_with_all_its_lines() {
        PlanResult plan = DepartmentImportPlan.plan(List.of(
                row(2, "Top", null, 1),
                row(3, "A", "C", 1),
                row(4, "B", "A", 1),
                row(5, "C", "B", 1)), List.of());

        assertThat(plan.problems()).hasSize(1);
        CsvProblem problem = plan.problems().get(0);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.key()).isEqualTo("organisation.csv.cycle");
        assertThat(problem.args()).containsExactly("A → C → B → A", "3, 4, 5");
    }

    @Test
    void a_cycle_through_an_existing_department_outside_the_file_is_found() {
        // Existing: Directie > Staf. The file puts Directie under Staf.
        List<Existing> existing = List.of(new Existing(1, "Directie", null), new Existing(2, "Staf", 1L));

        PlanResult plan = DepartmentImportPlan.plan(List.of(row(7, "Directie", "Staf", 3)), existing);

        assertThat(plan.problems()).extracting(CsvProblem::line, CsvProblem::key)
                .containsExactly(tuple(7, "organisation.csv.cycle"));
    }

    @Test
    void two_separate_cycles_are_two_problems() {
        PlanResult plan = DepartmentImportPlan.plan(List.of(
                row(2, "A", "B", 1), row(3, "B", "A", 1),
                row(4, "C", "D", 1), row(5, "D", "C", 1)), List.of());

        assertThat(plan.problems()).extracting(CsvProblem::line).containsExactly(2, 4);
    }

    @Test
    void swapping_parent_and_child_is_ordered_so_that_no_cycle_exists_in_between() {
        // Existing: Directie > Staf. The file turns it round: Staf > Directie.
        List<Existing> existing = List.of(new Existing(1, "Directie", null), new Existing(2, "Staf", 1L));

        PlanResult plan = DepartmentImportPlan.plan(List.of(
                row(2, "Directie", "Staf", 3),
                row(3, "Staf", null, 2)), existing);

        assertThat(plan.operations()).containsExactly(
                new Update(3, 2, "Staf", ParentRef.TOP_LEVEL, 2),
                new Update(2, 1, "Directie", ParentRef.existing(2), 3));
        assertThat(applyAndCheckNoCycleAtAnyStep(existing, plan.operations())).isTrue();
    }

    @Test
    void an_ancestor_in_the_file_reached_through_a_department_outside_it_comes_first() {
        // Existing: X (top), Mid under X. File: Leaf under Mid (listed first), X moved under new Root.
        List<Existing> existing = List.of(new Existing(1, "X", null), new Existing(2, "Mid", 1L));

        PlanResult plan = DepartmentImportPlan.plan(List.of(
                row(2, "Leaf", "Mid", 1),
                row(3, "X", "Root", 1),
                row(4, "Root", null, 1)), existing);

        assertThat(plan.operations()).extracting(Operation::name).containsExactly("Root", "X", "Leaf");
    }

    @Test
    void an_ambiguous_existing_name_is_reported_instead_of_guessed() {
        List<Existing> existing = List.of(new Existing(1, "Sales", null), new Existing(2, "SALES", null));

        PlanResult plan = DepartmentImportPlan.plan(List.of(row(2, "sales", null, 1)), existing);

        assertThat(plan.problems()).containsExactly(
                new CsvProblem(2, "organisation.csv.nameMatchesSeveral", List.of("sales", "Sales, SALES")));
    }

    @Test
    void a_long_chain_of_5000_departments_is_planned_in_order() {
        List<Row> rows = new ArrayList<>();
        for (int i = 4_999; i >= 0; i--) {
            rows.add(row(5_001 - i, "D" + i, i == 0 ? null : "D" + (i - 1), 1));
        }

        PlanResult plan = DepartmentImportPlan.plan(rows, List.of());

        assertThat(plan.operations()).hasSize(5_000);
        assertThat(plan.operations().get(0).name()).isEqualTo("D0");
        assertThat(plan.operations().get(4_999).name()).isEqualTo("D4999");
    }

    @Test
    void every_plan_of_a_random_tree_puts_parents_before_children() {
        java.util.Random random = new java.util.Random(42);
        int valid = 0;
        for (int round = 0; round < 50; round++) {
            List<Existing> existing = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                existing.add(new Existing(i + 1, "E" + i, i == 0 || random.nextBoolean() ? null : (long) random.nextInt(i) + 1));
            }
            List<Row> rows = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String name = random.nextBoolean() ? "E" + random.nextInt(20) : "N" + i;
                if (names.contains(name)) {
                    continue;
                }
                String parent = random.nextInt(4) == 0 || names.isEmpty() ? null : names.get(random.nextInt(names.size()));
                names.add(name);
                rows.add(row(i + 2, name, parent, 1));
            }
            PlanResult plan = DepartmentImportPlan.plan(rows, existing);
            if (plan.isValid()) {
                valid++;
                assertThat(applyAndCheckNoCycleAtAnyStep(existing, plan.operations())).isTrue();
            } else {
                assertThat(plan.problems()).allSatisfy(p -> assertThat(p.key()).isEqualTo("organisation.csv.cycle"));
            }
        }
        assertThat(valid).as("plans without a cycle among 50 random files").isGreaterThan(10);
    }

    /** Applies operations like the service would; false if a parent is missing or a cycle appears. */
    private static boolean applyAndCheckNoCycleAtAnyStep(List<Existing> existing, List<Operation> operations) {
        Map<Long, Long> parentOf = new HashMap<>();
        existing.forEach(e -> parentOf.put(e.id(), e.parentId()));
        Map<String, Long> createdIds = new HashMap<>();
        long nextId = 1_000;
        for (Operation op : operations) {
            Long parentId = null;
            if (op.parent().existingId() != null) {
                parentId = op.parent().existingId();
            } else if (op.parent().createdName() != null) {
                parentId = createdIds.get(op.parent().createdName());
                if (parentId == null) {
                    return false;
                }
            }
            long id = op instanceof Update u ? u.id() : nextId++;
            if (op instanceof Create c) {
                createdIds.put(c.name(), id);
            }
            parentOf.put(id, parentId);
            int steps = 0;
            for (Long p = parentOf.get(id); p != null; p = parentOf.get(p)) {
                if (p == id || ++steps > parentOf.size()) {
                    return false;
                }
            }
        }
        return true;
    }
}
