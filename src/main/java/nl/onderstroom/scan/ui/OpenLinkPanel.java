package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;
import nl.onderstroom.scan.InvitationSheets;

/**
 * The new open link, shown this once: the whole address (wrapping, never cut off), a button that copies it with a
 * confirmation in the user's language, and a QR code of it (a PNG made here) for a poster or a slide.
 */
class OpenLinkPanel extends HorizontalLayout {

    /** Copies $0 to the clipboard; resolves to whether it worked. */
    private static final String COPY_SCRIPT = """
            const text = $0;
            const byHand = () => {
              const area = document.createElement('textarea');
              area.value = text;
              area.setAttribute('readonly', '');
              area.style.position = 'fixed';
              area.style.opacity = '0';
              document.body.appendChild(area);
              area.select();
              let ok = false;
              try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
              area.remove();
              return ok;
            };
            if (navigator.clipboard && window.isSecureContext) {
              return navigator.clipboard.writeText(text).then(() => true, byHand);
            }
            return byHand();""";

    OpenLinkPanel(String link, String departmentName) {
        TextArea url = new TextArea(getTranslation("scan.invite.linkOnce"));
        url.setId("open-link-url");
        url.setValue(link);
        url.setReadOnly(true);
        url.setWidthFull();
        Span copied = new Span();
        copied.setId("open-link-copied");
        copied.getElement().setAttribute("role", "status");
        copied.getElement().setAttribute("aria-live", "polite");
        Button copy = new Button(getTranslation("scan.invite.copy"), VaadinIcon.COPY_O.create());
        copy.setId("open-link-copy");
        copy.addClickListener(e -> {
            copied.setText("");
            // the clipboard API needs https or localhost; elsewhere the old way, and if that fails too, we say so
            copy.getElement().executeJs(COPY_SCRIPT, link).then(Boolean.class, ok -> copied.setText(getTranslation(
                    Boolean.TRUE.equals(ok) ? "scan.invite.copied" : "scan.invite.copyFailed")));
        });
        HorizontalLayout copyRow = new HorizontalLayout(copy, copied);
        copyRow.setAlignItems(FlexComponent.Alignment.CENTER);
        copyRow.setWrap(true);
        VerticalLayout text = new VerticalLayout(url, copyRow);
        text.setPadding(false);
        text.setSpacing(false);
        text.getStyle().set("flex", "1 1 18rem").set("min-width", "0");

        byte[] png = InvitationSheets.qrPng(link, 320);
        Image qr = new Image((DownloadEvent event) -> {
            event.setFileName("open-link-qr.png");
            event.setContentType("image/png");
            try (OutputStream out = event.getOutputStream()) {
                out.write(png);
            }
        }, getTranslation("scan.invite.qrAlt", departmentName));
        qr.setId("open-link-qr");
        qr.setWidth("160px");
        qr.setHeight("160px");
        Span qrHelp = new Span(getTranslation("scan.invite.qrHelp"));
        qrHelp.addClassName("onderstroom-muted");
        qrHelp.getStyle().set("font-size", "var(--lumo-font-size-s)").set("max-width", "160px");
        VerticalLayout qrBox = new VerticalLayout(qr, qrHelp);
        qrBox.setPadding(false);
        qrBox.setSpacing(false);
        qrBox.setWidth("auto");

        add(text, qrBox);
        setId("open-link-panel");
        setWidthFull();
        setWrap(true);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
    }
}
