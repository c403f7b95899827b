package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.EmailInvitationService;
import nl.onderstroom.scan.InvitationSheets;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.InvitationService.IssuedCodes;
import nl.onderstroom.scan.InvitationService.OpenLinkSummary;
import nl.onderstroom.scan.LiveCountService;
import nl.onderstroom.scan.LiveCountService.DepartmentResponses;
import nl.onderstroom.scan.LiveCountService.ResponseCounts;
import nl.onderstroom.scan.ResponseImport;
import nl.onderstroom.scan.ResponseImport.ImportOutcome;
import nl.onderstroom.scan.ScanService.ScanSettings;
import nl.onderstroom.scan.ScanService.ScanSummary;
import nl.onderstroom.scan.ScanStatus;
import nl.onderstroom.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * One scan for its advisor: settings and status, live response counts (pushed within a second or two of a
 * submission; small departments show "&lt; k"), the question set, invitations and response import.
 */
@Route("scans/:scanId")
@RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
class ScanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScanService scans;
    private final InvitationService invitations;
    private final LiveCountService liveCounts;
    private final ResponseImport imports;
    private final nl.onderstroom.scan.RetentionService retention;
    private final EmailInvitationService mail;
    private final OrganisationService organisations;
    private final ResponsesBroadcaster broadcaster;
    private final String publicUrl;
    private long scanId;
    private ScanSummary scan;
    private List<DepartmentNode> departments = List.of();
    private Registration pushRegistration;

    private final H1 title = new H1();
    private final Span status = new Span();
    private final Span total = new Span();
    private final Grid<DepartmentResponses> counts = new Grid<>();

    ScanView(ScanService scans, EmailInvitationService mail, OrganisationService organisations,
             ResponsesBroadcaster broadcaster, @Value("${onderstroom.public-url:http://localhost:8080}") String publicUrl,
             nl.onderstroom.scan.RetentionService retention, InvitationService invitations,
             LiveCountService liveCounts, ResponseImport imports) {
        this.retention = retention;
        this.scans = scans;
        this.invitations = invitations;
        this.liveCounts = liveCounts;
        this.imports = imports;
        this.mail = mail;
        this.organisations = organisations;
        this.broadcaster = broadcaster;
        this.publicUrl = publicUrl;
        setId("scan-view");
        addClassName("onderstroom-page");
        title.setId("scan-title");
        status.setId("scan-status");
        status.getElement().getThemeList().add("badge");
        total.setId("response-total");
        counts.setId("response-counts");
        counts.addColumn(d -> "\u2003".repeat(d.depth()) + d.name()).setHeader(getTranslation("scan.view.department")).setFlexGrow(2);
        counts.addColumn(d -> d.responses() != null ? String.valueOf(d.responses())
                        : d.atLeastK() ? getTranslation("supp.counts.protecting", scan.threshold()) : "< " + scan.threshold())
                .setHeader(getTranslation("scan.view.responses")).setClassNameGenerator(d -> "response-count");
        counts.addColumn(d -> d.responseRate() == null ? "–"
                : NumberFormat.getPercentInstance(getLocale()).format(d.responseRate()))
                .setHeader(getTranslation("supp.counts.rate"));
        counts.addColumn(DepartmentResponses::invitations).setHeader(getTranslation("scan.view.codes"));
        counts.setAllRowsVisible(true);
    }

    @Override
    public String getPageTitle() {
        return scan == null ? getTranslation("scan.list.title") : scan.name();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            scanId = Long.parseLong(event.getRouteParameters().get("scanId").orElse(""));
            scan = scans.scan(scanId);
        } catch (NumberFormatException | NotFound e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        departments = organisations.departments(scan.organisationId());
        build();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        pushRegistration = broadcaster.register(ui, event -> {
            if (event.scanId() == scanId) {
                refreshCounts();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pushRegistration != null) {
            pushRegistration.remove();
            pushRegistration = null;
        }
    }

    private void build() {
        removeAll();
        title.setText(scan.name());
        status.setText(getTranslation("scan.status." + scan.status().name()));
        Anchor back = new Anchor("scans?organisation=" + scan.organisationId(), getTranslation("scan.view.back"));
        back.setId("scan-back");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        header.add(EraseScan.button(retention, scan));
        TabSheet tabs = new TabSheet();
        tabs.setId("scan-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("scan.view.tab.overview"), overview());
        tabs.add(getTranslation("scan.view.tab.questions"), new QuestionSetEditor(scans, scanId, scan.status() == ScanStatus.DRAFT));
        tabs.add(getTranslation("scan.view.tab.invitations"), invitations());
        tabs.add(getTranslation("scan.view.tab.import"), importer());
        add(back, header, tabs);
        refreshCounts();
    }

    private void reload(ScanSummary changed) {
        scan = changed;
        build();
    }

    // ---- overview --------------------------------------------------------------------------------------------

    private Component overview() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        boolean editable = scan.status() == ScanStatus.DRAFT || scan.status() == ScanStatus.OPEN;
        TextField name = new TextField(getTranslation("scan.view.name"));
        name.setId("scan-settings-name");
        name.setValue(scan.name());
        name.setMaxLength(ScanService.MAX_NAME);
        IntegerField k = new IntegerField(getTranslation("scan.view.threshold"));
        k.setId("scan-threshold");
        k.setMin(ScanService.MIN_THRESHOLD);
        k.setStepButtonsVisible(true);
        k.setValue(scan.threshold());
        k.setHelperText(getTranslation("scan.view.thresholdHelp", ScanService.MIN_THRESHOLD));
        IntegerField story = new IntegerField(getTranslation("scan.view.storyThreshold"));
        story.setId("scan-story-threshold");
        story.setStepButtonsVisible(true);
        story.setValue(scan.storyThreshold());
        DatePicker opens = new DatePicker(getTranslation("scan.view.opensOn"));
        opens.setId("scan-opens-on");
        opens.setValue(scan.opensOn());
        DatePicker closes = new DatePicker(getTranslation("scan.view.closesOn"));
        closes.setId("scan-closes-on");
        closes.setValue(scan.closesOn());
        boolean draft = scan.status() == ScanStatus.DRAFT;
        k.setReadOnly(!draft);
        story.setReadOnly(!draft);
        opens.setReadOnly(!draft);
        closes.setReadOnly(!editable);
        name.setReadOnly(!editable);
        Button save = new Button(getTranslation("base.action.save"), e -> act(() -> scans.update(scanId,
                new ScanSettings(name.getValue(), k.getValue() == null ? 0 : k.getValue(), story.getValue(), opens.getValue(),
                        closes.getValue()))));
        save.setId("scan-save");
        save.setVisible(editable);
        HorizontalLayout fields = new HorizontalLayout(name, k, story, opens, closes);
        fields.setWrap(true);
        layout.add(fields, save);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (scan.status() == ScanStatus.DRAFT) {
            Button open = new Button(getTranslation("scan.view.open"), VaadinIcon.PLAY.create(), e -> act(() -> scans.open(scanId)));
            open.setId("scan-open");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(open, hint("scan.view.openHint"));
        } else if (scan.status() == ScanStatus.OPEN) {
            Button close = new Button(getTranslation("scan.view.close"), VaadinIcon.STOP.create(),
                    e -> confirm("scan.view.closeConfirm", () -> act(() -> scans.close(scanId))));
            close.setId("scan-close");
            actions.add(close);
        } else if (scan.status() == ScanStatus.CLOSED) {
            Button publish = new Button(getTranslation("scan.view.publish"), VaadinIcon.EYE.create(),
                    e -> confirm("scan.view.publishConfirm", () -> act(() -> scans.publish(scanId))));
            publish.setId("scan-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(publish);
        }
        if (scan.status() != ScanStatus.DRAFT) {
            // by route, not by class: the results feature builds on scans, not the other way round
            Button results = new Button(getTranslation("scan.view.results"), VaadinIcon.SITEMAP.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("scans/" + scanId + "/map")));
            results.setId("scan-results");
            actions.add(results);
        }
        if (scan.status() == ScanStatus.CLOSED || scan.status() == ScanStatus.PUBLISHED) {
            Button findings = new Button(getTranslation("findings.tab"), VaadinIcon.LIGHTBULB.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("scans/" + scanId + "/findings")));
            findings.setId("scan-findings");
            actions.add(findings);
        }
        layout.add(actions);
        layout.add(new WorksCouncilDownloads(scanId));

        H2 live = new H2(getTranslation("scan.view.live"));
        Paragraph rule = new Paragraph(getTranslation("supp.counts.liveRule", scan.threshold()));
        rule.addClassName("onderstroom-muted");
        layout.add(live, total, rule, counts);
        return layout;
    }

    private Span hint(String key) {
        Span hint = new Span(getTranslation(key));
        hint.addClassName("onderstroom-muted");
        return hint;
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

    private void act(java.util.function.Supplier<ScanSummary> action) {
        try {
            reload(action.get());
        } catch (UserError e) {
            UiSetup.handle(e);
        }
    }

    void refreshCounts() {
        ResponseCounts c = liveCounts.responseCounts(scanId);
        total.setText(c.total() == null ? getTranslation("scan.view.totalHidden", c.threshold())
                : getTranslation("scan.view.total", c.total()) + (c.responseRate() == null ? ""
                        : " (" + getTranslation("supp.counts.totalRate",
                        NumberFormat.getPercentInstance(getLocale()).format(c.responseRate())) + ")"));
        counts.setItems(c.departments());
    }

    // ---- invitations -----------------------------------------------------------------------------------------

    private Component invitations() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        boolean canInvite = scan.status() == ScanStatus.DRAFT || scan.status() == ScanStatus.OPEN;
        if (!canInvite) {
            layout.add(new Paragraph(getTranslation("scan.error.closed")));
            return layout;
        }
        // one-time codes
        layout.add(new H2(getTranslation("scan.invite.codes")), hint("scan.invite.codesHelp"));
        Select<DepartmentNode> department = departmentSelect("codes-department");
        IntegerField count = new IntegerField(getTranslation("scan.invite.count"));
        count.setId("codes-count");
        count.setMin(1);
        count.setMax(InvitationService.MAX_CODES);
        count.setValue(10);
        count.setStepButtonsVisible(true);
        Checkbox director = new Checkbox(getTranslation("scan.invite.director"));
        director.setId("codes-director");
        director.addValueChangeListener(e -> department.setEnabled(!e.getValue()));
        Div ready = new Div();
        ready.setId("codes-ready");
        Button make = new Button(getTranslation("scan.invite.make"), VaadinIcon.KEY.create(), e -> {
            try {
                IssuedCodes issued = invitations.issueCodes(scanId, director.getValue() || department.getValue() == null ? null
                        : department.getValue().id(), count.getValue() == null ? 0 : count.getValue(), director.getValue());
                showCodes(ready, issued);
                refreshCounts();
            } catch (UserError ex) {
                UiSetup.handle(ex);
            }
        });
        make.setId("codes-create");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(department, count, director, make);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        layout.add(row, ready);

        // open links
        layout.add(new H2(getTranslation("scan.invite.openLinks")), hint("scan.invite.openLinksHelp"));
        Select<DepartmentNode> linkDepartment = departmentSelect("open-link-department");
        linkDepartment.setEmptySelectionAllowed(true);
        linkDepartment.setEmptySelectionCaption(getTranslation("scan.invite.anyDepartment"));
        IntegerField cap = new IntegerField(getTranslation("scan.invite.cap"));
        cap.setId("open-link-cap");
        cap.setValue(50);
        cap.setMin(1);
        Div linkReady = new Div();
        linkReady.setId("open-link-ready");
        Grid<OpenLinkSummary> links = new Grid<>();
        links.setId("open-links");
        links.addColumn(l -> l.departmentName() == null ? getTranslation("scan.invite.anyDepartment") : l.departmentName())
                .setHeader(getTranslation("scan.view.department"));
        links.addColumn(l -> (l.responses() == null ? "< " + scan.threshold() : l.responses()) + " / " + l.cap())
                .setHeader(getTranslation("scan.invite.used"));
        links.addComponentColumn(l -> {
            if (!l.active()) {
                return new Span(getTranslation("scan.invite.inactive"));
            }
            Button off = new Button(getTranslation("scan.invite.deactivate"), e -> {
                invitations.deactivateOpenLink(scanId, l.id());
                links.setItems(invitations.openLinks(scanId));
            });
            off.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return off;
        });
        links.setAllRowsVisible(true);
        links.setItems(invitations.openLinks(scanId));
        Button makeLink = new Button(getTranslation("scan.invite.makeLink"), VaadinIcon.LINK.create(), e -> {
            try {
                var created = invitations.createOpenLink(scanId, linkDepartment.getValue() == null ? null : linkDepartment.getValue().id(),
                        cap.getValue() == null ? 0 : cap.getValue());
                linkReady.removeAll();
                linkReady.add(openLinkPanel(InvitationSheets.link(publicUrl, created.token()), linkDepartment.getValue() == null
                        ? getTranslation("scan.invite.anyDepartment") : linkDepartment.getValue().name()));
                links.setItems(invitations.openLinks(scanId));
            } catch (UserError ex) {
                UiSetup.handle(ex);
            }
        });
        makeLink.setId("open-link-create");
        HorizontalLayout linkRow = new HorizontalLayout(linkDepartment, cap, makeLink);
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        linkRow.setWrap(true);
        layout.add(linkRow, linkReady, links);

        // e-mail
        layout.add(new H2(getTranslation("scan.invite.email")), hint("scan.invite.emailHelp"));
        Select<DepartmentNode> mailDepartment = departmentSelect("email-department");
        TextArea addresses = new TextArea(getTranslation("scan.invite.addresses"));
        addresses.setId("email-addresses");
        addresses.setWidthFull();
        Button send = new Button(getTranslation("scan.invite.send"), VaadinIcon.ENVELOPE.create(), e -> {
            try {
                if (mailDepartment.getValue() == null) {
                    throw new UserError("scan.error.departmentRequired");
                }
                int sent = mail.invite(scanId, mailDepartment.getValue().id(),
                        Arrays.asList(addresses.getValue().split("[\\s,;]+")), getLocale());
                addresses.clear();
                success(getTranslation("scan.invite.sent", sent));
                refreshCounts();
            } catch (UserError ex) {
                UiSetup.handle(ex);
            }
        });
        send.setId("email-send");
        send.setEnabled(scan.status() == ScanStatus.OPEN);
        Button remind = new Button(getTranslation("scan.invite.remind"), VaadinIcon.BELL.create(), e -> {
            try {
                success(getTranslation("scan.invite.sent", mail.remind(scanId, getLocale())));
            } catch (UserError ex) {
                UiSetup.handle(ex);
            }
        });
        remind.setId("email-remind");
        remind.setEnabled(scan.status() == ScanStatus.OPEN);
        layout.add(mailDepartment, addresses, new HorizontalLayout(send, remind));
        return layout;
    }

    /**
     * The new open link, shown this once: the whole address (wrapping, never cut off), a button that copies it with a
     * confirmation in the user's language, and a QR code of it (a PNG made here) for a poster or a slide.
     */
    private Component openLinkPanel(String link, String departmentName) {
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

        HorizontalLayout panel = new HorizontalLayout(text, qrBox);
        panel.setId("open-link-panel");
        panel.setWidthFull();
        panel.setWrap(true);
        panel.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
        return panel;
    }

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

    private void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Select<DepartmentNode> departmentSelect(String id) {
        Select<DepartmentNode> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation("scan.view.department"));
        select.setItems(departments);
        select.setItemLabelGenerator(d -> d == null ? "" : "\u2003".repeat(d.depth()) + d.name());
        return select;
    }

    /** The codes exist only in this component now: offered for download, never shown again. */
    private void showCodes(Div ready, IssuedCodes issued) {
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
        HorizontalLayout downloads = new HorizontalLayout(csv, pdf);
        ready.add(once, downloads);
    }

    // ---- import ----------------------------------------------------------------------------------------------

    private Component importer() {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Paragraph(getTranslation("scan.import.explain")));
        Paragraph format = new Paragraph("respondent,department,target,frequency,importance,flow,stops,themes,story");
        format.getStyle().set("font-family", "monospace").set("overflow-wrap", "anywhere");
        Div problems = new Div();
        problems.setId("import-problems");
        problems.addClassName("onderstroom-problems");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            try {
                ImportOutcome outcome = imports.importResponses(scanId, data);
                if (ui != null) {
                    ui.access(() -> showImport(problems, outcome));
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
        boolean open = scan.status() == ScanStatus.DRAFT || scan.status() == ScanStatus.OPEN;
        upload.setVisible(open);
        layout.add(format, upload, problems);
        if (!open) {
            layout.add(new Paragraph(getTranslation("scan.error.importClosed")));
        }
        return layout;
    }

    private void showImport(Div problems, ImportOutcome outcome) {
        problems.removeAll();
        if (outcome.ok()) {
            success(getTranslation("scan.import.done", outcome.respondents(), outcome.connections()));
            refreshCounts();
            return;
        }
        UnorderedList list = new UnorderedList();
        outcome.problems().forEach(p -> list.add(new ListItem(p.line() > 0
                ? getTranslation("scan.csv.problemAtLine", p.line(), Translations.get(getLocale(), p.key(), p.args().toArray()))
                : Translations.get(getLocale(), p.key(), p.args().toArray()))));
        problems.add(new H2(getTranslation("scan.csv.failed", outcome.problems().size())), list);
    }

}
