package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import nl.onderstroom.base.UserError;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;

/**
 * The survey's answer rules, in one place: what a complete answer needs, question by question, the ranges of
 * ratings and intensities, how texts are cleaned, and that a rating of the own department is its inner flow. Asked by
 * the survey screen per step (to mark the field that needs an answer), by {@link Submission} for the whole response,
 * by the draft and the submit ({@code RespondentService}) and by both imports ({@code ResponseImport}). Pure: no
 * Spring, no Vaadin.
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

    /** A rating (flow, importance, inner flow, identity, an own rating question) is 1..5. */
    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    /** A theme's intensity is 0..4. */
    public static final int INTENSITY_MIN = 0;
    public static final int INTENSITY_MAX = 4;
    /** The longest free-text answer, in characters as {@link FreeText} counts them. */
    public static final int MAX_TEXT = 2_000;

    private AnswerRules() {
    }

    /**
     * Whether a rating of {@code targetId} by someone of {@code departmentId} is the department's inner flow (its
     * cohesion) rather than a connection: the survey asks it apart; an import names it as a row to the own department.
     */
    public static boolean isInnerFlow(long departmentId, long targetId) {
        return departmentId == targetId;
    }

    /** Whether a stored answer is a whole number from {@code min} to {@code max} (a rating, or a choice's index). */
    public static boolean within(String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            return n >= min && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
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
            if (target == null || !departments.contains(target)
                    || a.getDepartmentId() != null && isInnerFlow(a.getDepartmentId(), target) || !seen.add(target)) {
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

    /**
     * The answers as they may be kept: texts cleaned ({@link FreeText}; a too long one refused), ratings and
     * intensities checked against their range (else {@code scan.respond.outOfRange}), connections without a target
     * dropped, and the department fixed to {@code fixedDepartment} when an invitation decided it. The one cleaning for
     * the draft, the submit and the import of complete answers.
     */
    public static SurveyAnswers clean(SurveyAnswers a, Long fixedDepartment) {
        SurveyAnswers c = new SurveyAnswers();
        c.setStep(Math.max(0, Math.min(a.getStep(), 10)));
        c.setDepartmentId(fixedDepartment != null ? fixedDepartment : a.getDepartmentId());
        c.setInnerFlow(range(a.getInnerFlow(), RATING_MIN, RATING_MAX));
        List<ConnectionAnswer> connections = new ArrayList<>();
        for (ConnectionAnswer x : a.getConnections()) {
            if (x == null || x.getTargetId() == null) {
                continue;
            }
            ConnectionAnswer y = new ConnectionAnswer(x.getTargetId());
            y.setFrequency(x.getFrequency());
            y.setImportance(range(x.getImportance(), RATING_MIN, RATING_MAX));
            y.setFlow(range(x.getFlow(), RATING_MIN, RATING_MAX));
            y.setStop(x.getStop());
            y.setStory(cleanText(x.getStory()));
            y.setStoryThemes(x.getStoryThemes());
            connections.add(y);
        }
        c.setConnections(connections);
        Map<String, Integer> themes = new LinkedHashMap<>();
        a.getThemes().forEach((k, v) -> {
            if (k != null && v != null) {
                themes.put(k, range(v, INTENSITY_MIN, INTENSITY_MAX));
            }
        });
        c.setThemes(themes);
        Map<String, String> texts = new LinkedHashMap<>();
        a.getTexts().forEach((k, v) -> {
            String t = cleanText(v);
            if (k != null && t != null) {
                texts.put(k, t);
            }
        });
        c.setTexts(texts);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        a.getRatings().forEach((k, v) -> {
            if (k != null && v != null) {
                ratings.put(k, range(v, RATING_MIN, RATING_MAX));
            }
        });
        c.setRatings(ratings);
        Map<String, String> custom = new LinkedHashMap<>();
        a.getCustom().forEach((k, v) -> {
            String t = cleanText(v);
            if (k != null && t != null) {
                custom.put(k, t);
            }
        });
        c.setCustom(custom);
        return c;
    }

    private static String cleanText(String raw) {
        FreeText.Result r = FreeText.clean(raw, MAX_TEXT);
        if (r.isTooLong()) {
            throw new UserError(FreeText.TOO_LONG_KEY, r.problemArgs().toArray());
        }
        return r.isEmpty() ? null : r.text();
    }

    private static Integer range(Integer v, int min, int max) {
        if (v == null) {
            return null;
        }
        if (v < min || v > max) {
            throw new UserError("scan.respond.outOfRange");
        }
        return v;
    }
}

