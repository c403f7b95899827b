package nl.onderstroom.map.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.OwnQuestionResult;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.map.graph.OwnQuestionFigures.Figure;
import nl.onderstroom.scan.QuestionSet;

/**
 * The advisor's own questions of a scan: ratings as means, choices as counts and shares per option, typed answers
 * as shuffled lists; per department and for the whole organisation, under the anonymity rules
 * (docs/decisions/own-questions-results.md).
 */
@Route("scans/:scanId/questions")
@PermitAll
@CssImport("./src/onderstroom-results.css")
class OwnQuestionsView extends ResultsPage {

    OwnQuestionsView(MapService service) {
        super(service, Page.QUESTIONS);
        setId("questions-view");
    }

    @Override
    protected void render() {
        List<OwnQuestionResult> questions = service.ownQuestions(scanId);
        if (questions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("map.questions.none"));
            none.setId("questions-none");
            none.addClassName("onderstroom-muted");
            add(none);
            return;
        }
        Paragraph explain = new Paragraph(getTranslation("map.questions.explain", results.scan().threshold(),
                Math.max(results.scan().storyThreshold(), results.scan().threshold())));
        explain.addClassName("onderstroom-muted");
        explain.setId("questions-explain");
        add(explain);
        for (OwnQuestionResult question : questions) {
            add(question(question));
        }
    }

    private Component question(OwnQuestionResult result) {
        QuestionSet.Question q = result.question();
        Div card = new Div();
        card.setId("question-" + q.key());
        card.addClassName("results-own-question");
        card.setWidthFull();
        card.getStyle().set("margin-bottom", "var(--lumo-space-l)");
        H3 title = new H3(q.text().in(getLocale()));
        title.setId("question-" + q.key() + "-title");
        Span kind = new Span(getTranslation("map.questions.type." + q.type().name().toLowerCase(java.util.Locale.ROOT)));
        kind.addClassName("onderstroom-muted");
        card.add(title, kind);
        switch (q.type()) {
            case RATING, CHOICE -> card.add(table(result));
            case TEXT -> texts(card, result);
        }
        return card;
    }

    /** A department × figure table: answers and the mean (rating), or the count and share of every option (choice). */
    private Component table(OwnQuestionResult result) {
        QuestionSet.Question q = result.question();
        boolean choice = q.type() == QuestionSet.Type.CHOICE;
        List<String> columns = new java.util.ArrayList<>();
        columns.add(getTranslation("map.questions.answers"));
        if (choice) {
            q.choices().forEach(option -> columns.add(option.in(getLocale())));
        } else {
            columns.add(getTranslation("map.questions.mean"));
        }
        HeatTable table = new HeatTable("question-" + q.key() + "-table", q.text().in(getLocale()),
                getTranslation("map.themes.corner"), columns).columnHeadClass("results-themes-head");
        table.table().addClassName("results-themes");
        if (choice) {
            table.table().addClassName("results-choice-table");
        }
        List<OwnQuestionResult.DepartmentRow> rows = result.departments().stream()
                .sorted(Comparator.comparing(OwnQuestionResult.DepartmentRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
        for (OwnQuestionResult.DepartmentRow row : rows) {
            row(table, q, String.valueOf(row.departmentId()), row.name(), row.figure(), suppressed(row.departmentId()), false);
        }
        row(table, q, "all", getTranslation("map.themes.organisation"), result.organisation(), false, true);
        return table;
    }

    private void row(HeatTable table, QuestionSet.Question q, String id, String name, Figure figure, boolean suppressed,
                     boolean total) {
        NativeTableRow row = total ? table.row(name, "results-themes-total") : table.row(name);
        String prefix = "question-" + q.key() + "-" + id;
        row.add(cell(prefix + "-answers", name, getTranslation("map.questions.answers"), suppressed,
                figure.answers() == null ? null : Figures.number((double) figure.answers(), 0, getLocale()), null));
        if (q.type() == QuestionSet.Type.RATING) {
            row.add(cell(prefix + "-mean", name, getTranslation("map.questions.mean"), suppressed,
                    figure.mean() == null ? null : Figures.number(figure.mean(), 1, getLocale()),
                    figure.mean() == null ? null : Figures.ratingColour(figure.mean())));
        } else {
            for (int o = 0; o < q.choices().size(); o++) {
                Integer count = o < figure.optionCounts().size() ? figure.optionCounts().get(o) : null;
                Double share = figure.share(o);
                String text = count == null ? null : share == null
                        ? Figures.number((double) count, 0, getLocale())
                        : Figures.number((double) count, 0, getLocale()) + " · " + Figures.percent(share, getLocale());
                row.add(cell(prefix + "-option-" + o, name, q.choices().get(o).in(getLocale()), suppressed, text, null));
            }
        }
    }

    private NativeTableCell cell(String id, String row, String column, boolean suppressed, String text, String colour) {
        String title = row + " · " + column + ": ";
        if (suppressed) {
            String hidden = getTranslation(MeasureTexts.label(Measure.SUPPRESSED));
            return HeatTable.mark(id, "×", hidden, title + hidden, "results-matrix-suppressed");
        }
        if (text == null) {
            String notShown = getTranslation("map.questions.notShown");
            return HeatTable.mark(id, "–", notShown, title + notShown, "results-matrix-empty");
        }
        NativeTableCell cell = HeatTable.value(id, text, title + text, colour);
        if (colour == null) {
            cell.addClassName("results-matrix-plain");
        }
        return cell;
    }

    private void texts(Div card, OwnQuestionResult result) {
        String key = result.question().key();
        Div organisation = new Div();
        organisation.setId("question-" + key + "-all");
        organisation.addClassName("results-stories");
        organisation.add(new Span(getTranslation("map.themes.organisation")));
        if (result.organisationTexts().isEmpty()) {
            Span none = new Span(" · " + getTranslation("map.questions.tooFewTexts"));
            none.addClassName("onderstroom-muted");
            organisation.add(none);
        }
        result.organisationTexts().forEach(t -> organisation.add(story(t)));
        card.add(organisation);
        List<OwnQuestionResult.DepartmentRow> rows = result.departments().stream().filter(r -> !r.texts().isEmpty())
                .sorted(Comparator.comparing(OwnQuestionResult.DepartmentRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
        for (OwnQuestionResult.DepartmentRow row : rows) {
            Div list = new Div();
            list.addClassName("results-stories");
            row.texts().forEach(t -> list.add(story(t)));
            Details details = new Details(row.name() + " · " + row.texts().size(), list);
            details.setId("question-" + key + "-" + row.departmentId());
            card.add(details);
        }
    }

    private static Paragraph story(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("results-story");
        return p;
    }

    private boolean suppressed(long departmentId) {
        // a department whose count protects another shows no own-question figure either (OwnQuestionResults)
        return results.map().node(departmentId)
                .map(n -> n.suppressed() || n.figures() == null || n.figures().countHidden()).orElse(true);
    }
}
