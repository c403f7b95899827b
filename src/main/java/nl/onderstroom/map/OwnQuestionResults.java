package nl.onderstroom.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.map.graph.OwnQuestionFigures;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.ScanTallies;

/** Turns the raw answers to the advisor's own questions into {@link OwnQuestionResult}s, using the map's suppression. */
final class OwnQuestionResults {

    private OwnQuestionResults() {
    }

    static List<OwnQuestionResult> of(OrganisationMap map, List<QuestionSet.Question> questions,
                                      List<ScanTallies.OwnAnswerCount> answers, List<ScanTallies.OwnText> texts,
                                      int k, int storyThreshold, Random random) {
        // a department whose count is hidden to protect another is left out too: its number of answers to an own
        // question (or a mean's denominator) would give that count away, and the smaller one by subtraction
        Set<Long> shown = map.nodes().stream()
                .filter(n -> !n.suppressed() && n.figures() != null && !n.figures().countHidden())
                .map(MapNode::id).collect(Collectors.toSet());
        List<OwnQuestionResult> results = new ArrayList<>();
        for (QuestionSet.Question q : questions) {
            switch (q.type()) {
                case RATING -> results.add(figures(map, q,
                        OwnQuestionFigures.rating(counts(answers, q.key(), 5, 1), shown, k)));
                case CHOICE -> results.add(figures(map, q, OwnQuestionFigures.choice(
                        counts(answers, q.key(), q.choices().size(), 0), q.choices().size(), shown, k)));
                case TEXT -> {
                    Map<Long, List<String>> byDepartment = new HashMap<>();
                    for (ScanTallies.OwnText t : texts) {
                        if (t.questionKey().equals(q.key()) && t.text() != null && !t.text().isBlank()) {
                            byDepartment.computeIfAbsent(t.departmentId(), d -> new ArrayList<>()).add(t.text());
                        }
                    }
                    OwnQuestionFigures.Texts<String> pools = OwnQuestionFigures.texts(byDepartment, shown, storyThreshold);
                    List<OwnQuestionResult.DepartmentRow> rows = new ArrayList<>();
                    for (MapNode node : map.nodes()) {
                        rows.add(new OwnQuestionResult.DepartmentRow(node.id(), node.name(), OwnQuestionFigures.Figure.NOT_SHOWN,
                                shuffled(pools.departments().getOrDefault(node.id(), List.of()), random)));
                    }
                    results.add(new OwnQuestionResult(q, rows, OwnQuestionFigures.Figure.NOT_SHOWN,
                            shuffled(pools.organisation(), random)));
                }
            }
        }
        return results;
    }

    private static OwnQuestionResult figures(OrganisationMap map, QuestionSet.Question q, OwnQuestionFigures.Result result) {
        List<OwnQuestionResult.DepartmentRow> rows = new ArrayList<>();
        for (MapNode node : map.nodes()) {
            rows.add(new OwnQuestionResult.DepartmentRow(node.id(), node.name(),
                    result.departments().getOrDefault(node.id(), OwnQuestionFigures.Figure.NOT_SHOWN), List.of()));
        }
        return new OwnQuestionResult(q, rows, result.organisation(), List.of());
    }

    /**
     * Counts per value of one question per department: the stored value {@code first} at index 0. Values outside
     * the range (not stored by the survey) are not counted.
     */
    private static Map<Long, int[]> counts(List<ScanTallies.OwnAnswerCount> answers, String key, int size, int first) {
        Map<Long, int[]> counts = new HashMap<>();
        for (ScanTallies.OwnAnswerCount a : answers) {
            if (!a.questionKey().equals(key)) {
                continue;
            }
            int index;
            try {
                index = Integer.parseInt(a.answer().strip()) - first;
            } catch (NumberFormatException e) {
                continue;
            }
            if (index >= 0 && index < size) {
                counts.computeIfAbsent(a.departmentId(), d -> new int[size])[index] += a.count();
            }
        }
        return counts;
    }

    private static List<String> shuffled(List<String> texts, Random random) {
        List<String> copy = new ArrayList<>(texts);
        synchronized (random) {
            Collections.shuffle(copy, random);
        }
        return copy;
    }
}
