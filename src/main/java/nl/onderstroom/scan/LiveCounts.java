package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which live response counts may be shown (PRODUCT.md rule 4, with rule 2): a department's count only when it has
 * at least k responses; the total only when it is at least k. When the hidden departments could be worked out
 * from the total and the shown ones (one hidden department with responses, or hidden ones together
 * fewer than k), the smallest shown
 * department is hidden as well, until that is no longer so.
 */
public final class LiveCounts {

    private LiveCounts() {
    }

    /** @return per department the count or {@code null} (shown as "&lt; k"), in the order given */
    public static List<Integer> shown(List<Integer> counts, int k) {
        int n = counts.size();
        boolean[] hidden = new boolean[n];
        for (int i = 0; i < n; i++) {
            hidden[i] = counts.get(i) < k;
        }
        List<Integer> byCount = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byCount.add(i);
        }
        byCount.sort(Comparator.comparingInt(counts::get));
        while (true) {
            int hiddenCount = 0;
            long hiddenSum = 0;
            for (int i = 0; i < n; i++) {
                if (hidden[i]) {
                    hiddenCount++;
                    hiddenSum += counts.get(i);
                }
            }
            // nothing hidden, only empty departments hidden, or at least two that together hold k or more
            boolean safe = hiddenCount == 0 || hiddenSum == 0 || (hiddenCount >= 2 && hiddenSum >= k);
            if (safe) {
                break;
            }
            Integer next = byCount.stream().filter(i -> !hidden[i]).findFirst().orElse(null);
            if (next == null) {
                break;
            }
            hidden[next] = true;
        }
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(hidden[i] ? null : counts.get(i));
        }
        return out;
    }

    /** The total, or {@code null} when below k. */
    public static Integer total(int total, int k) {
        return total < k ? null : total;
    }
}
