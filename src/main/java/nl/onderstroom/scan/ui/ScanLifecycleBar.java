package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import nl.onderstroom.scan.ScanService.ScanSummary;
import nl.onderstroom.scan.ScanStatus;

/**
 * The scan's next step in its lifecycle (open a draft; close an open scan; publish a closed one), and the way to its
 * results and findings once there are any. Closing and publishing cannot be undone, so they ask first. The bar hands
 * the status asked for to its callback; the view makes the change.
 */
class ScanLifecycleBar extends HorizontalLayout {

    ScanLifecycleBar(ScanSummary scan, Consumer<ScanStatus> onMove) {
        setWrap(true);
        long scanId = scan.id();
        if (scan.status() == ScanStatus.DRAFT) {
            Button open = new Button(getTranslation("scan.view.open"), VaadinIcon.PLAY.create(),
                    e -> onMove.accept(ScanStatus.OPEN));
            open.setId("scan-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Span hint = new Span(getTranslation("scan.view.openHint"));
            hint.addClassName("onderstroom-muted");
            add(open, hint);
        } else if (scan.status() == ScanStatus.OPEN) {
            Button close = new Button(getTranslation("scan.view.close"), VaadinIcon.STOP.create(),
                    e -> confirm("scan.view.closeConfirm", () -> onMove.accept(ScanStatus.CLOSED)));
            close.setId("scan-close");
            add(close);
        } else if (scan.status() == ScanStatus.CLOSED) {
            Button publish = new Button(getTranslation("scan.view.publish"), VaadinIcon.EYE.create(),
                    e -> confirm("scan.view.publishConfirm", () -> onMove.accept(ScanStatus.PUBLISHED)));
            publish.setId("scan-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(publish);
        }
        if (scan.status() != ScanStatus.DRAFT) {
            // by route, not by class: the results feature builds on scans, not the other way round
            Button results = new Button(getTranslation("scan.view.results"), VaadinIcon.SITEMAP.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("scans/" + scanId + "/map")));
            results.setId("scan-results");
            add(results);
        }
        if (scan.status() == ScanStatus.CLOSED || scan.status() == ScanStatus.PUBLISHED) {
            Button findings = new Button(getTranslation("findings.tab"), VaadinIcon.LIGHTBULB.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("scans/" + scanId + "/findings")));
            findings.setId("scan-findings");
            add(findings);
        }
    }

    private void confirm(String key, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("scan-confirm");
        dialog.setText(getTranslation(key));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("base.action.cancel"));
        dialog.setConfirmText(getTranslation("scan.view.confirm"));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }
}
