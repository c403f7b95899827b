package nl.onderstroom.map.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentTreeTest {

    @Test
    void with_several_top_level_departments_the_formal_unit_is_the_top_level_ancestor() {
        DepartmentTree tree = DepartmentTree.of(List.of(dept(1, null), dept(2, 1L), dept(3, 2L), dept(4, null)));

        assertThat(tree.formalUnits()).containsEntry(1L, 1L).containsEntry(2L, 1L).containsEntry(3L, 1L)
                .containsEntry(4L, 4L);
    }

    @Test
    void under_a_single_top_department_the_formal_unit_is_one_level_below_it() {
        DepartmentTree tree = DepartmentTree.of(List.of(dept(1, null), dept(2, 1L), dept(3, 2L), dept(4, 1L)));

        assertThat(tree.formalUnits()).as("the organisation itself is its own unit")
                .containsEntry(1L, 1L).containsEntry(2L, 2L).containsEntry(3L, 2L).containsEntry(4L, 4L);
    }

    @Test
    void departments_come_in_ascending_id_order() {
        DepartmentTree tree = DepartmentTree.of(List.of(dept(3, null), dept(1, null), dept(2, 3L)));

        assertThat(tree.ids()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_cycle_is_refused() {
        assertThatThrownBy(() -> DepartmentTree.of(List.of(dept(1, 2L), dept(2, 1L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    }

    private static Department dept(long id, Long parent) {
        return new Department(id, "D" + id, parent, 10);
    }
}
