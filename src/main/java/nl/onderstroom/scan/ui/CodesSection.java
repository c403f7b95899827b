package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import java.util.List;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.InvitationSheets;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.InvitationService.IssuedCodes;

/**
 * One-time codes for a department (or the director's): how many, then made by the issuer the view gives and offered
 * as a CSV and a PDF of invitation sheets. The codes exist only in this component then, never shown again.
 */
class CodesSection extends InvitationSection {

    /** Makes the codes: {@code departmentId} {@code null} for the director's. */
    @FunctionalInterface
    interface Issuer {
        IssuedCodes issue(Long departmentId, int count, boolean director);
    }

    private final String publicUrl;
    private final Div ready = new Div();

    CodesSection(List<DepartmentNode> departments, String publicUrl, Issuer issuer) {
        super("scan.invite.codes", "scan.invite.codesHelp");
        this.publicUrl = publicUrl;
        DepartmentSelect department = new DepartmentSelect("codes-department", departments);
        IntegerField count = new IntegerField(getTranslation("scan.invite.count"));
        count.setId("codes-count");
        count.setMin(1);
        count.setMax(InvitationService.MAX_CODES);
        count.setValue(10);
        count.setStepButtonsVisible(true);
        Checkbox director = new Checkbox(getTranslation("scan.invite.director"));
        director.setId("codes-director");
        director.addValueChangeListener(e -> department.setEnabled(!e.getValue()));
        ready.setId("codes-ready");
        Button make = new Button(getTranslation("scan.invite.make"), VaadinIcon.KEY.create(), e -> {
            try {
                showCodes(issuer.issue(director.getValue() ? null : department.departmentId(),
                        count.getValue() == null ? 0 : count.getValue(), director.getValue()));
            } catch (UserError ex) {
                UiSetup.handle(ex);
            }
        });
        make.setId("codes-create");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(department, count, director, make);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row, ready);
    }

    private void showCodes(IssuedCodes issued) {
        ready.removeAll();
        String base = "codes-" + (issued.departmentName() == null ? "directie" : issued.departmentName()
                .replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase());
        Anchor csv = new Anchor((DownloadEvent event) -> {
            event.setFileName(base + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.write(InvitationSheets.csv(issued, publicUrl));
            }
        }, getTranslation("scan.invite.csv"));
        csv.setId("codes-csv");
        Anchor pdf = new Anchor((DownloadEvent event) -> {
            event.setFileName(base + ".pdf");
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                out.write(InvitationSheets.pdf(issued, publicUrl, getLocale()));
            }
        }, getTranslation("scan.invite.pdf"));
        pdf.setId("codes-pdf");
        Paragraph once = new Paragraph(getTranslation("scan.invite.once", issued.codes().size()));
        once.setId("codes-once");
        ready.add(once, new HorizontalLayout(csv, pdf));
    }
}
