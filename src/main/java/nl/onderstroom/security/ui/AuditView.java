package nl.onderstroom.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.AuditLog.Entry;
import nl.onderstroom.security.Role;

/** The administrator's view of the audit log: the newest entries first. */
@Route("admin/audit")
@Menu(title = "security.audit.menu", order = 85, icon = "CLIPBOARD_CHECK")
@RolesAllowed(Role.ADMIN_NAME)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;

    AuditView(AuditLog audit) {
        setId("audit-view");
        addClassName("onderstroom-page");
        setHeightFull();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Grid<Entry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> when.format(e.occurredAt())).setHeader(getTranslation("security.audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Entry::actor).setHeader(getTranslation("security.audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("security.audit.action." + e.action().name()))
                .setHeader(getTranslation("security.audit.action")).setAutoWidth(true);
        grid.addColumn(e -> id(e.organisationId())).setHeader(getTranslation("security.audit.organisation"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> id(e.scanId())).setHeader(getTranslation("security.audit.scan")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> id(e.departmentId())).setHeader(getTranslation("security.audit.department"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.amount() == null ? "" : String.format(getLocale(), "%,d", e.amount()))
                .setHeader(getTranslation("security.audit.amount")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> id(e.accountId())).setHeader(getTranslation("security.audit.account")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("security.audit.empty"));
        grid.setItems(audit.recent(SHOWN));
        Paragraph explain = new Paragraph(getTranslation("security.audit.explain"));
        explain.addClassName("onderstroom-muted");
        add(new H2(getTranslation("security.audit.title")), explain, grid);
    }

    private static String id(Long id) {
        return Objects.toString(id, "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.audit.title") + " · Onderstroom";
    }
}
