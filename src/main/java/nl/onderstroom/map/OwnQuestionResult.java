package nl.onderstroom.map;

import java.util.List;

import nl.onderstroom.map.graph.OwnQuestionFigures.Figure;
import nl.onderstroom.scan.QuestionSet;

/**
 * One of the advisor's own questions with its results, after the anonymity rules
 * (docs/decisions/own-questions-results.md).
 *
 * @param question          the question as the scan asked it (type, texts, options)
 * @param departments       every department of the map, in the map's order; a hidden one carries
 *                          {@link Figure#NOT_SHOWN} and no texts
 * @param organisation      the organisation's figure (ratings and choices)
 * @param organisationTexts the organisation's typed answers (text questions), shuffled; empty below the story
 *                          threshold
 */
public record OwnQuestionResult(QuestionSet.Question question, List<DepartmentRow> departments, Figure organisation,
                                List<String> organisationTexts) {

    public OwnQuestionResult {
        departments = List.copyOf(departments);
        organisationTexts = List.copyOf(organisationTexts);
    }

    /** One department: its figure (ratings, choices) or its typed answers (texts, shuffled; empty when not shown). */
    public record DepartmentRow(long departmentId, String name, Figure figure, List<String> texts) {

        public DepartmentRow {
            texts = List.copyOf(texts);
        }
    }
}
