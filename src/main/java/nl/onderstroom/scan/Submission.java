package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderstroom.base.UserError;
import nl.onderstroom.scan.QuestionSet.Question;
import nl.onderstroom.scan.QuestionSet.Section;
import nl.onderstroom.scan.ScanTallies.TextKind;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;

/**
 * One respondent's cleaned answers as rows to store: the response (department and ratings) and, apart from it,
 * the free texts. Checks what a complete submission needs; answers to questions not in the set are dropped.
 */
record Submission(ResponseWriter.NewResponse response, List<ResponseWriter.NewText> texts) {

    /** The width of response_answer.answer (V2). */
    static final int ANSWER_COLUMN = 100;

    static Submission of(QuestionSet questions, SurveyAnswers a, Set<Long> departments, boolean director) {
        List<ResponseWriter.NewText> texts = new ArrayList<>();
        Map<String, Integer> themes = new LinkedHashMap<>();
        List<ResponseWriter.NewConnection> connections = new ArrayList<>();
        Long department = director ? null : a.getDepartmentId();
        List<AnswerRules.Problem> problems = AnswerRules.submission(a, departments, director);
        if (!problems.isEmpty()) {
            throw new UserError(problems.get(0).submissionKey());
        }
        if (!director) {
            for (ConnectionAnswer c : a.getConnections()) {
                connections.add(new ResponseWriter.NewConnection(c.getTargetId(), c.getFrequency(), c.getImportance(),
                        c.getFlow(), c.getStop()));
                if (c.getStory() != null && !c.getStory().isEmpty() && questions.has(QuestionSet.STORY)) {
                    List<String> storyThemes = c.getStoryThemes().stream().filter(questions.themeKeys()::contains).distinct().toList();
                    texts.add(new ResponseWriter.NewText(department, c.getTargetId(), TextKind.CONNECTION_STORY.name(), null,
                            storyThemes, c.getStory(), false));
                }
            }
            for (String key : questions.themeKeys()) {
                Integer v = a.getThemes().get(key);
                if (v != null) {
                    themes.put(key, v);
                }
            }
            text(a, questions, QuestionSet.UNDERCURRENT_OPEN, TextKind.UNDERCURRENT, department, false, texts);
        }
        for (IdentityQuestions.Open open : IdentityQuestions.Open.values()) {
            text(a, questions, open.questionKey(), open.textKind(), department, director, texts);
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question q : questions.questions()) {
            if (q.builtIn() || (director && q.section() != Section.IDENTITY)) {
                continue;
            }
            String v = a.getCustom().get(q.key());
            if (v == null || v.isEmpty()) {
                continue;
            }
            if (q.type() == QuestionSet.Type.RATING && !AnswerRules.within(v, AnswerRules.RATING_MIN, AnswerRules.RATING_MAX)
                    || q.type() == QuestionSet.Type.CHOICE && !AnswerRules.within(v, 0, q.choices().size() - 1)) {
                throw new UserError("scan.respond.outOfRange");
            }
            if (q.type() == QuestionSet.Type.TEXT) {
                texts.add(new ResponseWriter.NewText(department, null, "CUSTOM", q.key(), List.of(), v, director));
            } else if (v.length() > ANSWER_COLUMN) {
                // response_answer.answer is VARCHAR(100): refused here, not by the database (whose error quotes it)
                throw new UserError("scan.respond.outOfRange");
            } else {
                answers.put(q.key(), v);
            }
        }
        ResponseWriter.NewResponse response = new ResponseWriter.NewResponse(department, director,
                director ? null : a.getInnerFlow(), rating(a, questions, IdentityQuestions.Rating.IDENTITY.questionKey()),
                rating(a, questions, IdentityQuestions.Rating.INTEGRITY.questionKey()),
                rating(a, questions, IdentityQuestions.Rating.IMAGE.questionKey()), connections, themes,
                answers);
        return new Submission(response, texts);
    }

    private static void text(SurveyAnswers a, QuestionSet questions, String key, TextKind kind, Long department,
                             boolean director, List<ResponseWriter.NewText> texts) {
        String v = a.getTexts().get(key);
        if (v != null && !v.isEmpty() && questions.has(key)) {
            texts.add(new ResponseWriter.NewText(department, null, kind.name(), null, List.of(), v, director));
        }
    }

    private static Integer rating(SurveyAnswers a, QuestionSet questions, String key) {
        return questions.has(key) ? a.getRatings().get(key) : null;
    }

}
