package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.QuestionSet.LocalText;
import nl.onderstroom.scan.QuestionSet.Question;
import nl.onderstroom.scan.QuestionSet.Section;
import nl.onderstroom.scan.QuestionSet.Theme;
import nl.onderstroom.scan.QuestionSet.Type;
import nl.onderstroom.scan.ScanService;

/**
 * The scan's questions in Dutch and English: reword any text, leave out optional questions, add and remove themes,
 * add questions of one's own. Read-only once the scan has opened.
 */
class QuestionSetEditor extends VerticalLayout {

    private final ScanService scans;
    private final long scanId;
    private final boolean editable;
    private List<Theme> themes;
    private List<Question> questions;
    private final Set<String> dropped = new LinkedHashSet<>();

    QuestionSetEditor(ScanService scans, long scanId, boolean editable) {
        this.scans = scans;
        this.scanId = scanId;
        this.editable = editable;
        setId("question-editor");
        setPadding(false);
        load(scans.questionSet(scanId));
    }

    private void load(QuestionSet set) {
        themes = new ArrayList<>(set.themes());
        questions = new ArrayList<>(set.questions());
        // optional built-in questions not in the set can be taken back in
        for (Question d : QuestionSet.defaults().questions()) {
            if (set.question(d.key()).isEmpty()) {
                questions.add(d);
                dropped.add(d.key());
            }
        }
        draw();
    }

    private void draw() {
        removeAll();
        if (!editable) {
            Paragraph frozen = new Paragraph(getTranslation("scan.questions.frozen"));
            frozen.setId("questions-frozen");
            add(frozen);
        }
        add(new H2(getTranslation("scan.questions.themes")));
        for (int i = 0; i < themes.size(); i++) {
            int index = i;
            Theme t = themes.get(i);
            TextField en = text("theme-en-" + t.key(), "English", t.label().en(), v -> themes.set(index, new Theme(t.key(),
                    new LocalText(v, themes.get(index).label().nl()))));
            TextField nl = text("theme-nl-" + t.key(), "Nederlands", t.label().nl(), v -> themes.set(index, new Theme(t.key(),
                    new LocalText(themes.get(index).label().en(), v))));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                themes.remove(index);
                draw();
            });
            remove.setId("theme-remove-" + t.key());
            remove.setAriaLabel(getTranslation("scan.questions.removeTheme", t.label().in(getLocale())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setVisible(editable);
            HorizontalLayout row = new HorizontalLayout(en, nl, remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            add(row);
        }
        Button addTheme = new Button(getTranslation("scan.questions.addTheme"), VaadinIcon.PLUS.create(), e -> {
            String key = new QuestionSet(themes, questions).newKey("theme");
            themes.add(new Theme(key, new LocalText("", "")));
            draw();
        });
        addTheme.setId("theme-add");
        addTheme.setVisible(editable);
        add(addTheme);

        for (Section section : Section.values()) {
            add(new H2(getTranslation("scan.survey.step." + section.name().toLowerCase())));
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).section() == section) {
                    add(questionRow(i));
                }
            }
        }
        add(addQuestion());
        Button save = new Button(getTranslation("base.action.save"), e -> save());
        save.setId("questions-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setVisible(editable);
        add(save);
    }

    private Div questionRow(int index) {
        Question q = questions.get(index);
        Div row = new Div();
        row.setId("question-" + q.key().replace('.', '-'));
        row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s) 0")
                .set("width", "100%");
        TextArea en = area("question-en-" + q.key().replace('.', '-'), "English", q.text().en(),
                v -> replace(index, new LocalText(v, questions.get(index).text().nl())));
        TextArea nl = area("question-nl-" + q.key().replace('.', '-'), "Nederlands", q.text().nl(),
                v -> replace(index, new LocalText(questions.get(index).text().en(), v)));
        Span kind = new Span(getTranslation("scan.questions.type." + q.type().name())
                + (q.builtIn() ? "" : " · " + getTranslation("scan.questions.own")));
        kind.addClassName("onderstroom-muted");
        HorizontalLayout texts = new HorizontalLayout(en, nl);
        texts.setWidthFull();
        texts.setWrap(true);
        row.add(kind, texts);
        if (q.type() == Type.CHOICE && !q.builtIn()) {
            Span choices = new Span(getTranslation("scan.questions.choices") + ": "
                    + String.join(" / ", q.choices().stream().map(c -> c.in(getLocale())).toList()));
            row.add(choices);
        }
        if (!q.builtIn()) {
            Button remove = new Button(getTranslation("scan.questions.remove"), e -> {
                questions.remove(index);
                draw();
            });
            remove.setId("question-remove-" + q.key());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setVisible(editable);
            row.add(remove);
        } else if (q.optional()) {
            Checkbox include = new Checkbox(getTranslation("scan.questions.include"), !dropped.contains(q.key()));
            include.setId("question-include-" + q.key().replace('.', '-'));
            include.setReadOnly(!editable);
            include.addValueChangeListener(e -> {
                if (e.getValue()) {
                    dropped.remove(q.key());
                } else {
                    dropped.add(q.key());
                }
            });
            row.add(include);
        }
        return row;
    }

    private void replace(int index, LocalText text) {
        Question q = questions.get(index);
        questions.set(index, new Question(q.key(), q.section(), q.type(), text, q.choices(), q.builtIn(), q.optional()));
    }

    private Div addQuestion() {
        Div box = new Div();
        box.setVisible(editable);
        box.add(new H2(getTranslation("scan.questions.add")));
        Select<Section> section = new Select<>();
        section.setId("new-question-section");
        section.setLabel(getTranslation("scan.questions.section"));
        section.setItems(Section.UNDERCURRENTS, Section.IDENTITY);
        section.setItemLabelGenerator(s -> getTranslation("scan.survey.step." + s.name().toLowerCase()));
        section.setValue(Section.IDENTITY);
        Select<Type> type = new Select<>();
        type.setId("new-question-type");
        type.setLabel(getTranslation("scan.questions.kind"));
        type.setItems(Type.values());
        type.setItemLabelGenerator(t -> getTranslation("scan.questions.type." + t.name()));
        type.setValue(Type.RATING);
        TextField en = new TextField("English");
        en.setId("new-question-en");
        TextField nl = new TextField("Nederlands");
        nl.setId("new-question-nl");
        TextArea choices = new TextArea(getTranslation("scan.questions.choicesHelp"));
        choices.setId("new-question-choices");
        choices.setWidthFull();
        Button add = new Button(getTranslation("scan.questions.addButton"), VaadinIcon.PLUS.create(), e -> {
            List<LocalText> options = new ArrayList<>();
            for (String line : choices.getValue().split("\n")) {
                String[] parts = line.split("\\|", 2);
                if (!line.isBlank()) {
                    options.add(new LocalText(parts[0].strip(), parts.length > 1 ? parts[1].strip() : parts[0].strip()));
                }
            }
            String key = new QuestionSet(themes, questions).newKey("q");
            questions.add(new Question(key, section.getValue(), type.getValue(), new LocalText(en.getValue(), nl.getValue()),
                    type.getValue() == Type.CHOICE ? options : List.of(), false, true));
            draw();
        });
        add.setId("new-question-add");
        HorizontalLayout row = new HorizontalLayout(section, type, en, nl);
        row.setWrap(true);
        box.add(row, choices, add);
        return box;
    }

    private void save() {
        List<Question> kept = questions.stream().filter(q -> !dropped.contains(q.key())).toList();
        try {
            QuestionSet saved = scans.updateQuestionSet(scanId, new QuestionSet(themes, kept));
            dropped.clear();
            load(saved);
            Notification.show(getTranslation("scan.questions.saved"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UserError e) {
            UiSetup.handle(e);
        }
    }

    private TextField text(String id, String label, String value, java.util.function.Consumer<String> onChange) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setValue(value == null ? "" : value);
        f.setReadOnly(!editable);
        f.setMaxLength(QuestionSet.MAX_TEXT);
        f.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return f;
    }

    private TextArea area(String id, String label, String value, java.util.function.Consumer<String> onChange) {
        TextArea f = new TextArea(label);
        f.setId(id);
        f.setValue(value == null ? "" : value);
        f.setReadOnly(!editable);
        f.setMaxLength(QuestionSet.MAX_TEXT);
        f.setMinWidth("16em");
        f.getStyle().set("flex", "1 1 16em");
        f.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return f;
    }
}
