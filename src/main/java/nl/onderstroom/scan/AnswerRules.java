package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;

/**
 * What a complete answer needs, question by question. The one place both ask: the survey screen per step (to mark
 * the field that needs an answer) and {@link Submission} for the whole response. Pure: no Spring, no Vaadin.
 */
public final class AnswerRules {

    /** The question a problem belongs to; connection questions come with the department they are about. */
    public enum Field {
        DEPARTMENT("scan.respond.departmentMissing", "scan.respond.departmentMissing"),
        INNER_FLOW("scan.respond.innerFlowMissing", "scan.respond.innerFlowMissing"),
        FREQUENCY("scan.respond.frequencyMissing", "scan.respond.connectionIncomplete"),
        IMPORTANCE("scan.respond.importanceMissing", "scan.respond.connectionIncomplete"),
        FLOW("scan.respond.flowMissing", "scan.respond.connectionIncomplete"),
        STOP("scan.respond.stopMissing", "scan.respond.connectionIncomplete"),
        /** A chosen department that is not in the organisation, is the own one, or is chosen twice. */
        CONNECTION("scan.respond.connectionInvalid", "scan.respond.connectionInvalid");

        private final String key;
        private final String submissionKey;

        Field(String key, String submissionKey) {
            this.key = key;
            this.submissionKey = submissionKey;
        }
    }

    /**
     * A missing or impossible answer.
     *
     * @param targetId the department a connection question is about; {@code null} for the others
     */
    public record Problem(Field field, Long targetId) {

        /** The message at the field. */
        public String key() {
            return field.key;
        }

        /** The message for the whole response (one sentence for the four questions of a connection). */
        public String submissionKey() {
            return field.submissionKey;
        }
    }

    private AnswerRules() {
    }

    /** The own department: chosen, and one of the organisation's. */
    public static List<Problem> department(SurveyAnswers a, Set<Long> departments) {
        Long d = a.getDepartmentId();
        return d == null || !departments.contains(d) ? List.of(new Problem(Field.DEPARTMENT, null)) : List.of();
    }

    /**
     * The connections step: the flow within the own department, and for every chosen department how often, how
     * important, how well it flows and where it stops. In the order of the screen.
     */
    public static List<Problem> connections(SurveyAnswers a, Set<Long> departments) {
        List<Problem> problems = new ArrayList<>();
        if (a.getInnerFlow() == null) {
            problems.add(new Problem(Field.INNER_FLOW, null));
        }
        Set<Long> seen = new HashSet<>();
        for (ConnectionAnswer c : a.getConnections()) {
            Long target = c.getTargetId();
            if (target == null || !departments.contains(target) || target.equals(a.getDepartmentId()) || !seen.add(target)) {
                problems.add(new Problem(Field.CONNECTION, target));
                continue;
            }
            if (c.getFrequency() == null) {
                problems.add(new Problem(Field.FREQUENCY, target));
            }
            if (c.getImportance() == null) {
                problems.add(new Problem(Field.IMPORTANCE, target));
            }
            if (c.getFlow() == null) {
                problems.add(new Problem(Field.FLOW, target));
            }
            if (c.getStop() == null) {
                problems.add(new Problem(Field.STOP, target));
            }
        }
        return problems;
    }

    /** Everything a respondent's submission needs (a director answers only the identity part, which has no rule). */
    public static List<Problem> submission(SurveyAnswers a, Set<Long> departments, boolean director) {
        if (director) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>(department(a, departments));
        problems.addAll(connections(a, departments));
        return problems;
    }
}
