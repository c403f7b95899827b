package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.onderstroom.base.disclosure.CountSuppression;
import nl.onderstroom.organisation.DepartmentNode;

/**
 * Which live response counts may be shown (PRODUCT.md rules 2 and 4): decided by the same rule as the connection map
 * ({@link CountSuppression}), on the same department tree, so that the counts an advisor watches and the map's counts
 * never hide different departments (together they would undo each other's hiding). A hidden department says whether
 * it is below k or hidden to protect a smaller one (then it has at least k); the rule already assumes an attacker
 * knows that. A response rate (responses / approximate headcount) is shown only beside a shown count; the total
 * rate only beside the shown total, over the headcount of every department.
 */
public final class LiveCounts {

    /**
     * One department's live count.
     *
     * @param departmentId the department
     * @param responses    its count, {@code null} when hidden
     * @param atLeastK     when hidden: {@code true} when the count is at least k (hidden to protect a smaller one)
     * @param responseRate responses / headcount; {@code null} when the count is hidden or the headcount is 0
     */
    public record Row(long departmentId, Integer responses, boolean atLeastK, Double responseRate) {
    }

    /**
     * @param rows         per department, in the order given
     * @param total        all staff responses, {@code null} when hidden
     * @param responseRate total / total headcount, {@code null} when the total is hidden or there is no headcount
     */
    public record Result(List<Row> rows, Integer total, Double responseRate) {
        public Result {
            rows = List.copyOf(rows);
        }
    }

    private LiveCounts() {
    }

    /**
     * @param departments the organisation's tree
     * @param counts      staff responses per department id (absent: 0); directors' answers do not belong here
     * @param k           the scan's threshold
     */
    public static Result of(List<DepartmentNode> departments, Map<Long, Integer> counts, int k) {
        List<CountSuppression.Unit> units = departments.stream()
                .map(d -> new CountSuppression.Unit(d.id(), d.parentId(), counts.getOrDefault(d.id(), 0))).toList();
        CountSuppression.Outcome outcome = CountSuppression.suppress(units, k);
        List<Row> rows = new ArrayList<>();
        long headcount = 0;
        for (DepartmentNode d : departments) {
            headcount += d.headcount();
            int count = counts.getOrDefault(d.id(), 0);
            boolean shown = outcome.countShown(d.id());
            rows.add(new Row(d.id(), shown ? count : null, !shown && !outcome.belowK(d.id()),
                    shown && d.headcount() > 0 ? (double) count / d.headcount() : null));
        }
        Integer total = outcome.totalShown();
        return new Result(rows, total, total != null && headcount > 0 ? (double) total / headcount : null);
    }
}
