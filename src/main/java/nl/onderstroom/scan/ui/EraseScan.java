package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.onderstroom.base.ui.EraseDialog;
import nl.onderstroom.scan.RetentionService;
import nl.onderstroom.scan.ScanService.ScanSummary;

/** The scan screen's "erase scan…": the dialog that asks for the scan's name, then {@link RetentionService#eraseScan}. */
final class EraseScan {

    private EraseScan() {
    }

    static Button button(RetentionService retention, ScanSummary scan) {
        return EraseDialog.opener("erase-scan", "anon.erase.scan.button", () -> new EraseDialog("anon.erase.scan.title",
                "anon.erase.scan.what", "anon.erase.scan.done", scan.name(), () -> retention.eraseScan(scan.id()),
                () -> UI.getCurrent().navigate("scans",
                        QueryParameters.simple(Map.of("organisation", String.valueOf(scan.organisationId()))))));
    }
}
