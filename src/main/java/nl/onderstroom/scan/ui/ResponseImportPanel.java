package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Function;
import nl.onderstroom.base.ui.CsvProblemList;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.scan.ResponseImport.ImportOutcome;

/**
 * Responses collected elsewhere (on paper, in another tool), uploaded as one CSV file while the scan is a draft or
 * open. The importer the view gives takes the file whole or not at all; its problems are listed by line.
 */
class ResponseImportPanel extends VerticalLayout {

    private final Div problems = new Div();
    private final Runnable onImported;

    ResponseImportPanel(boolean open, Function<byte[], ImportOutcome> importer, Runnable onImported) {
        this.onImported = onImported;
        setPadding(false);
        add(new Paragraph(getTranslation("scan.import.explain")));
        Paragraph format = new Paragraph("respondent,department,target,frequency,importance,flow,stops,themes,story");
        format.getStyle().set("font-family", "monospace").set("overflow-wrap", "anywhere");
        problems.setId("import-problems");
        problems.addClassName("onderstroom-problems");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            try {
                ImportOutcome outcome = importer.apply(data);
                if (ui != null) {
                    ui.access(() -> show(outcome));
                }
            } catch (UserError e) {
                if (ui != null) {
                    ui.access(() -> UiSetup.handle(e));
                }
            }
        }));
        upload.setId("import-responses");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFileSize(64 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.setVisible(open);
        add(format, upload, problems);
        if (!open) {
            add(new Paragraph(getTranslation("scan.error.importClosed")));
        }
    }

    private void show(ImportOutcome outcome) {
        problems.removeAll();
        if (outcome.ok()) {
            Notification.show(getTranslation("scan.import.done", outcome.respondents(), outcome.connections()), 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onImported.run();
            return;
        }
        problems.add(new CsvProblemList("scan.csv.failed", "scan.csv.problemAtLine", outcome.problems()));
    }
}
