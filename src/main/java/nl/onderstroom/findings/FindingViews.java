package nl.onderstroom.findings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Turns stored findings into what callers read: their place in the presentation and who is editing them now (an
 * expired lock names nobody). Callers have checked access.
 */
@Component
class FindingViews {

    private final FindingRepository findings;
    private final Accounts accounts;
    private final Clock clock;

    FindingViews(FindingRepository findings, Accounts accounts, Clock clock) {
        this.findings = findings;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The findings in the given order, numbered from 1. */
    List<FindingView> views(List<Finding> list) {
        Map<Long, String> names = accounts.names(lockHolders(list));
        List<FindingView> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            out.add(view(list.get(i), i + 1, names));
        }
        return out;
    }

    /** One finding, at its place among the findings of its scan. */
    FindingView view(Finding f) {
        List<Finding> all = findings.findByScanIdOrderBySortOrderAscIdAsc(f.getScanId());
        return view(f, all.indexOf(f) + 1, accounts.names(lockHolders(List.of(f))));
    }

    private List<Long> lockHolders(List<Finding> list) {
        Instant now = clock.instant();
        return list.stream().map(f -> f.holder(now)).filter(Objects::nonNull).distinct().toList();
    }

    private FindingView view(Finding f, int position, Map<Long, String> names) {
        Long holder = f.holder(clock.instant());
        FindingView.Editor editor = holder == null ? null
                : new FindingView.Editor(holder, names.getOrDefault(holder, "?"), f.getLockedUntil());
        return new FindingView(f.getId(), f.getScanId(), position, f.getTitle(), f.getNarrative(), f.parts(),
                f.stories(), f.getSuggestionKey(), f.getRevision(), editor, f.getUpdatedAt());
    }
}
