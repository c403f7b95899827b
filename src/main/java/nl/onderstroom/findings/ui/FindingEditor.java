package nl.onderstroom.findings.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.findings.Connection;
import nl.onderstroom.findings.Evidence;
import nl.onderstroom.findings.EvidenceLines;
import nl.onderstroom.findings.FocusedMaps;
import nl.onderstroom.findings.FindingDraft;
import nl.onderstroom.findings.FindingEditService;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.Narrative;
import nl.onderstroom.findings.Part;
import nl.onderstroom.findings.StoryRef;
import nl.onderstroom.findings.SuggestionRules;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.MapNode;

/**
 * Writes or edits one finding: title, narrative (with a live preview of the safe markup), the parts it is about,
 * and the evidence those parts bring (their figures, and the stories to pick from). Opened under the finding's edit
 * lock; closing gives the lock back. A refused save keeps everything typed.
 */
class FindingEditor extends Dialog {

    private final FindingsService findings;
    private final FindingEditService edits;
    private final ScanResults results;
    private final Runnable afterwards;
    private final Long findingId;
    private int revision;

    final TextField title = new TextField();
    final TextArea narrative = new TextArea();
    final MultiSelectComboBox<Long> departments = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Connection> connections = new MultiSelectComboBox<>();
    final CheckboxGroup<String> themes = new CheckboxGroup<>();
    final CheckboxGroup<String> identity = new CheckboxGroup<>();
    final CheckboxGroup<StoryRef> stories = new CheckboxGroup<>();
    private final Div preview = new Div();
    private final Div figures = new Div();
    /** The map with the chosen departments standing out, as the finding's slide and report page will show it. */
    private final Image focusedMap = new Image();
    private final FocusedMaps pictures;
    private final Map<StoryRef, String> storyTexts = new HashMap<>();

    FindingEditor(FindingsService findings, FindingEditService edits, FocusedMaps pictures, ScanResults results,
                  FindingView existing, Runnable afterwards) {
        this.findings = findings;
        this.pictures = pictures;
        this.edits = edits;
        this.results = results;
        this.afterwards = afterwards;
        this.findingId = existing == null ? null : existing.id();
        this.revision = existing == null ? 0 : existing.revision();
        setHeaderTitle(getTranslation(existing == null ? "findings.editor.new" : "findings.editor.edit"));
        setWidth("min(56rem, 100vw)");
        addClassName("findings-editor");

        title.setLabel(getTranslation("findings.editor.title"));
        title.setId("editor-title");
        title.setMaxLength(FindingDraft.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        narrative.setLabel(getTranslation("findings.editor.narrative"));
        narrative.setId("editor-narrative");
        narrative.setHelperText(getTranslation("findings.editor.markupHelp"));
        narrative.setMaxLength(FindingDraft.MAX_NARRATIVE);
        narrative.setWidthFull();
        narrative.setMinHeight("10em");
        narrative.setValueChangeMode(ValueChangeMode.LAZY);
        narrative.addValueChangeListener(e -> renderPreview());
        preview.setId("editor-preview");
        preview.addClassName("findings-preview");
        focusedMap.setId("editor-map");
        focusedMap.setMaxWidth("min(28rem, 100%)");
        focusedMap.getStyle().set("height", "auto").set("border", "1px solid var(--lumo-contrast-10pct)");

        List<MapNode> nodes = results.map().nodes().stream()
                .sorted(Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER)).toList();
        departments.setLabel(getTranslation("findings.editor.departments"));
        departments.setId("editor-departments");
        departments.setItems(nodes.stream().map(MapNode::id).toList());
        departments.setItemLabelGenerator(results::name);
        departments.setWidthFull();
        connections.setLabel(getTranslation("findings.editor.connections"));
        connections.setId("editor-connections");
        connections.setHelperText(getTranslation("findings.editor.connectionsHelp"));
        List<Connection> shownEdges = new ArrayList<>();
        for (MapEdge e : results.map().edges()) {
            shownEdges.add(new Connection(e.from(), e.to()));
        }
        shownEdges.sort(Comparator.comparing((Connection c) -> results.name(c.from()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c -> results.name(c.to()), String.CASE_INSENSITIVE_ORDER));
        connections.setItems(shownEdges);
        connections.setItemLabelGenerator(c -> results.name(c.from()) + " → " + results.name(c.to()));
        connections.setWidthFull();
        themes.setLabel(getTranslation("findings.editor.themes"));
        themes.setId("editor-themes");
        themes.setItems(results.scan().themeKeys() == null ? List.of() : results.scan().themeKeys());
        themes.setItemLabelGenerator(key -> SuggestionRules.themeName(getLocale(), key));
        identity.setLabel(getTranslation("findings.editor.identity"));
        identity.setId("editor-identity");
        identity.setItems(MapService.IDENTITY_KEYS);
        identity.setItemLabelGenerator(key -> SuggestionRules.identityName(getLocale(), key));
        stories.setLabel(getTranslation("findings.editor.stories"));
        stories.setId("editor-stories");
        stories.setHelperText(getTranslation("findings.editor.storiesHelp"));
        stories.setItemLabelGenerator(ref -> storyTexts.getOrDefault(ref, ""));
        stories.addClassName("findings-stories");
        stories.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        figures.setId("editor-figures");
        figures.addClassName("findings-figures");

        if (existing != null) {
            title.setValue(existing.title());
            narrative.setValue(existing.narrative());
            Set<Long> ds = new LinkedHashSet<>();
            Set<Connection> cs = new LinkedHashSet<>();
            Set<String> ts = new LinkedHashSet<>();
            Set<String> is = new LinkedHashSet<>();
            for (Part p : existing.parts()) {
                switch (p.kind()) {
                    case DEPARTMENT -> ds.add(p.departmentId());
                    case CONNECTION -> cs.add(new Connection(p.departmentId(), p.targetDepartmentId()));
                    case THEME -> ts.add(p.key());
                    case IDENTITY -> is.add(p.key());
                }
            }
            departments.setValue(ds);
            connections.setValue(cs.stream().filter(shownEdges::contains).toList());
            themes.setValue(ts);
            identity.setValue(is);
        }
        departments.addValueChangeListener(e -> renderEvidence());
        connections.addValueChangeListener(e -> renderEvidence());
        themes.addValueChangeListener(e -> renderEvidence());
        identity.addValueChangeListener(e -> renderEvidence());

        H4 evidenceHead = new H4(getTranslation("findings.editor.evidence"));
        Paragraph evidenceExplain = new Paragraph(getTranslation("findings.editor.evidenceExplain"));
        evidenceExplain.addClassName("onderstroom-muted");
        Span previewLabel = new Span(getTranslation("findings.editor.preview"));
        previewLabel.addClassName("onderstroom-muted");
        VerticalLayout body = new VerticalLayout(title, narrative, previewLabel, preview, departments, connections,
                themes, identity, evidenceHead, evidenceExplain, focusedMap, figures, stories);
        body.setPadding(false);
        add(body);

        Button save = new Button(getTranslation("findings.editor.save"), e -> save());
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("findings.editor.cancel"), e -> close());
        cancel.setId("editor-cancel");
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                release();
            }
        });
        renderPreview();
        renderEvidence();
        if (existing != null) {
            stories.setValue(new LinkedHashSet<>(existing.stories().stream().filter(storyTexts::containsKey).toList()));
        }
    }

    List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        departments.getSelectedItems().forEach(id -> parts.add(Part.department(id)));
        connections.getSelectedItems().forEach(c -> parts.add(Part.connection(c.from(), c.to())));
        themes.getSelectedItems().forEach(k -> parts.add(Part.theme(k)));
        identity.getSelectedItems().forEach(k -> parts.add(Part.identity(k)));
        return parts;
    }

    private void renderPreview() {
        preview.removeAll();
        preview.add(new Html("<div>" + Narrative.toHtml(narrative.getValue()) + "</div>"));
    }

    private void renderEvidence() {
        renderFocusedMap();
        Set<StoryRef> picked = stories.getSelectedItems();
        Evidence evidence = findings.evidenceFor(results.scan().id(), parts(), List.copyOf(picked));
        figures.removeAll();
        for (String line : EvidenceLines.of(evidence, getLocale())) {
            figures.add(new Paragraph(line));
        }
        storyTexts.clear();
        List<StoryRef> refs = new ArrayList<>();
        for (Evidence.StoryChoice s : evidence.stories()) {
            storyTexts.put(s.ref(), "“" + s.text() + "”");
            refs.add(s.ref());
        }
        stories.setItems(refs);
        stories.setValue(new LinkedHashSet<>(picked.stream().filter(storyTexts::containsKey).toList()));
        stories.setVisible(!refs.isEmpty());
    }

    /** The small map of the chosen departments (and both ends of the chosen connections); none without them. */
    private void renderFocusedMap() {
        Set<Long> focus = EvidenceLines.focus(parts());
        focusedMap.setVisible(!focus.isEmpty());
        if (focus.isEmpty()) {
            return;
        }
        long scanId = results.scan().id();
        java.util.Locale locale = getLocale();
        focusedMap.setSrc(new StreamResource("finding-map.png",
                () -> new ByteArrayInputStream(pictures.focusedMapPng(scanId, focus, locale))));
        List<String> names = focus.stream().map(results::name).toList();
        focusedMap.setAlt(getTranslation("present.mapAlt", String.join(", ", names)));
    }

    void save() {
        FindingDraft draft = new FindingDraft(title.getValue(), narrative.getValue(), parts(),
                List.copyOf(stories.getSelectedItems()));
        try {
            if (findingId == null) {
                edits.create(results.scan().id(), draft);
            } else {
                revision = edits.save(findingId, revision, draft).revision();
            }
            close();
        } catch (UserError | org.springframework.security.access.AccessDeniedException error) {
            if (error instanceof UserError userError && (userError.key().equals("findings.error.titleRequired")
                    || userError.key().equals("findings.error.titleTooLong"))) {
                title.setErrorMessage(getTranslation(userError.key(), userError.args()));
                title.setInvalid(true);
            } else {
                UiSetup.handle(error);
            }
        }
    }

    private void release() {
        if (findingId != null) {
            try {
                edits.endEdit(findingId);
            } catch (RuntimeException gone) {
                // the finding was removed meanwhile, or the session lost its rights: nothing to give back
            }
        }
        afterwards.run();
    }
}
