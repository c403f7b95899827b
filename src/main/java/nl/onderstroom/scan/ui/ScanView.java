package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.EmailInvitationService;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.LiveCountService;
import nl.onderstroom.scan.ResponseImport;
import nl.onderstroom.scan.RetentionService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.InvitationService.IssuedCodes;
import nl.onderstroom.scan.ScanService.ScanSummary;
import nl.onderstroom.scan.ScanStatus;
import nl.onderstroom.security.Role;
import org.springframework.beans.factory.annotation.Value;

/**
 * One scan for its advisor: settings and status, live response counts (pushed within a second or two of a
 * submission; small departments show "&lt; k"), the question set, invitations and response import. The view composes
 * the components of each tab and wires them to the services; after a change to the scan it draws itself again.
 */
@Route("scans/:scanId")
@RolesAllowed({Role.ADVISOR_NAME, Role.ADMIN_NAME})
class ScanView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScanService scans;
    private final InvitationService invitations;
    private final LiveCountService liveCounts;
    private final ResponseImport imports;
    private final RetentionService retention;
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
    private final LiveCountGrid counts = new LiveCountGrid();

    ScanView(ScanService scans, EmailInvitationService mail, OrganisationService organisations,
             ResponsesBroadcaster broadcaster, @Value("${onderstroom.public-url:http://localhost:8080}") String publicUrl,
             RetentionService retention, InvitationService invitations, LiveCountService liveCounts,
             ResponseImport imports) {
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
            event.rerouteToError(NotFoundException.class);
            return;
        }
        departments = organisations.departments(scan.organisationId());
        build();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        pushRegistration = broadcaster.register(attachEvent.getUI(), event -> {
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
        counts.setThreshold(scan.threshold());
        Anchor back = new Anchor("scans?organisation=" + scan.organisationId(), getTranslation("scan.view.back"));
        back.setId("scan-back");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        header.add(EraseScan.button(retention, scan));
        boolean changeable = scan.status() == ScanStatus.DRAFT || scan.status() == ScanStatus.OPEN;
        TabSheet tabs = new TabSheet();
        tabs.setId("scan-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("scan.view.tab.overview"), overview());
        tabs.add(getTranslation("scan.view.tab.questions"), new QuestionSetEditor(scans, scanId, scan.status() == ScanStatus.DRAFT));
        tabs.add(getTranslation("scan.view.tab.invitations"), changeable ? invitations() : closed());
        tabs.add(getTranslation("scan.view.tab.import"), new ResponseImportPanel(changeable,
                data -> imports.importResponses(scanId, data), this::refreshCounts));
        add(back, header, tabs);
        refreshCounts();
    }

    /** Settings, the next step in the scan's life, the works council's sheet, and the live counts. */
    private Component overview() {
        ScanSettingsForm settings = new ScanSettingsForm(scan, changed -> act(() -> scans.update(scanId, changed)));
        ScanLifecycleBar lifecycle = new ScanLifecycleBar(scan, target -> act(() -> switch (target) {
            case OPEN -> scans.open(scanId);
            case CLOSED -> scans.close(scanId);
            case PUBLISHED -> scans.publish(scanId);
            case DRAFT -> throw new IllegalArgumentException("a scan does not go back to draft");
        }));
        Paragraph rule = new Paragraph(getTranslation("supp.counts.liveRule", scan.threshold()));
        rule.addClassName("onderstroom-muted");
        VerticalLayout layout = new VerticalLayout(settings, settings.save, lifecycle, new WorksCouncilDownloads(scanId),
                new H2(getTranslation("scan.view.live")), counts.total(), rule, counts);
        layout.setPadding(false);
        return layout;
    }

    /** One-time codes, open links and e-mail; each changes the live counts' invitation column. */
    private Component invitations() {
        CodesSection codes = new CodesSection(departments, publicUrl, (departmentId, count, director) -> {
            IssuedCodes issued = invitations.issueCodes(scanId, departmentId, count, director);
            refreshCounts();
            return issued;
        });
        OpenLinksSection links = new OpenLinksSection(departments, scan.threshold(), publicUrl,
                () -> invitations.openLinks(scanId), (departmentId, cap) -> invitations.createOpenLink(scanId, departmentId, cap),
                linkId -> invitations.deactivateOpenLink(scanId, linkId));
        EmailSection email = new EmailSection(departments, scan.status() == ScanStatus.OPEN, (departmentId, addresses) -> {
            int sent = mail.invite(scanId, departmentId, addresses, getLocale());
            refreshCounts();
            return sent;
        }, () -> mail.remind(scanId, getLocale()));
        VerticalLayout layout = new VerticalLayout(codes, links, email);
        layout.setPadding(false);
        return layout;
    }

    private Component closed() {
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("scan.error.closed")));
        layout.setPadding(false);
        return layout;
    }

    private void act(Supplier<ScanSummary> action) {
        try {
            scan = action.get();
            build();
        } catch (UserError e) {
            UiSetup.handle(e);
        }
    }

    void refreshCounts() {
        counts.show(liveCounts.responseCounts(scanId));
    }
}
