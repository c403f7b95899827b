package nl.onderstroom.scan.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.scan.RespondentService.SurveyInfo;
import nl.onderstroom.scan.RespondentService.Ticket;
import nl.onderstroom.scan.SurveyAnswers;

/**
 * What the steps of one respondent's survey share: their ticket, the scan's questions and departments, and the
 * answers as they are now (replaced by the cleaned copy when a step is saved). {@code changed} is told of every
 * answer, so the draft is saved and cleared marks go.
 */
final class SurveyContext {

    final Ticket ticket;
    final SurveyInfo info;
    private SurveyAnswers answers;
    private final Map<Long, String> paths = new HashMap<>();
    private final Runnable changed;

    SurveyContext(Ticket ticket, SurveyInfo info, SurveyAnswers answers, Runnable changed) {
        this.ticket = ticket;
        this.info = info;
        this.answers = answers;
        this.changed = changed;
        Map<Long, DepartmentNode> byId = new HashMap<>();
        info.departments().forEach(d -> byId.put(d.id(), d));
        for (DepartmentNode d : info.departments()) {
            List<String> names = new ArrayList<>();
            for (DepartmentNode at = d; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
                names.add(0, at.name());
                if (names.size() > 10) {
                    break;
                }
            }
            paths.put(d.id(), String.join(" › ", names));
        }
    }

    SurveyAnswers answers() {
        return answers;
    }

    void answers(SurveyAnswers saved) {
        answers = saved;
    }

    /** A department as the respondent reads it: its path from the top of the tree. */
    String path(Long departmentId) {
        return departmentId == null ? "" : paths.getOrDefault(departmentId, "");
    }

    Set<Long> departmentIds() {
        Set<Long> ids = new HashSet<>();
        info.departments().forEach(d -> ids.add(d.id()));
        return ids;
    }

    void changed() {
        changed.run();
    }
}
