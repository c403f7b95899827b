package nl.onderstroom.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.organisation.DepartmentCsvService.ImportOutcome;

/**
 * Above the department tree, for advisors: add a department, import the tree from a CSV file, export it as one. The
 * toolbar hands the uploaded file to the importer the view gives and its outcome to {@code onImported}.
 */
class DepartmentToolbar extends HorizontalLayout {

    DepartmentToolbar(Runnable onAdd, Function<byte[], ImportOutcome> importer, Consumer<ImportOutcome> onImported,
                      Supplier<String> exporter) {
        Button add = new Button(getTranslation("organisation.department.add"), VaadinIcon.PLUS.create(), e -> onAdd.run());
        add.setId("add-department");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            ImportOutcome outcome = importer.apply(data);
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> onImported.accept(outcome));
            }
        }));
        upload.setId("import-departments");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFileSize(1024 * 1024);
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        Button uploadButton = new Button(getTranslation("organisation.csv.import"), VaadinIcon.UPLOAD.create());
        upload.setUploadButton(uploadButton);
        upload.addFileRejectedListener(e -> UiSetup.handle(new UserError("organisation.csv.rejected")));
        upload.addAllFinishedListener(e -> upload.clearFileList());

        Anchor export = new Anchor((DownloadEvent event) -> {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] csv = exporter.get().getBytes(StandardCharsets.UTF_8);
            event.setFileName("departments.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                out.write(bom);
                out.write(csv);
            }
        }, "");
        export.setId("export-departments");
        Button exportButton = new Button(getTranslation("organisation.csv.export"), VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        export.add(exportButton);

        Span format = new Span(getTranslation("organisation.csv.format"));
        format.addClassName("onderstroom-muted");
        add(add, upload, export, format);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
    }
}
