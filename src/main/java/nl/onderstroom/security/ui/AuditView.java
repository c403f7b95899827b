package nl.onderstroom.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
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
        // two columns that read on a phone as on a desktop: what happened to what, and when and by whom
        grid.addComponentColumn(this::what).setKey("what").setHeader(getTranslation("security.audit.action")).setFlexGrow(2);
        grid.addComponentColumn(e -> twoLines(when.format(e.occurredAt()), e.actor()))
                .setKey("when").setHeader(getTranslation("security.audit.when")).setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("security.audit.empty"));
        grid.setItems(audit.recent(SHOWN));
        Paragraph explain = new Paragraph(getTranslation("security.audit.explain"));
        explain.addClassName("onderstroom-muted");
        add(new H1(getTranslation("security.audit.title")), explain, grid);
    }

    private Div what(Entry e) {
        List<String> parts = new ArrayList<>();
        add(parts, "security.audit.organisation", e.organisationId(), e.organisationName());
        add(parts, "security.audit.scan", e.scanId(), e.scanName());
        add(parts, "security.audit.department", e.departmentId(), e.departmentName());
        add(parts, "security.audit.account", e.accountId(), e.accountEmail());
        boolean idOnly = e.action().name().startsWith("FINDING_") || e.action().name().startsWith("ACTION_");
        if (e.amount() != null && idOnly) {
            // a finding's or action's entry holds its id, not a number of things
            parts.add(getTranslation("gaps.audit.id", String.valueOf(e.amount())));
        } else if (e.amount() != null) {
            parts.add(getTranslation("security.audit.amount") + " " + String.format(getLocale(), "%,d", e.amount()));
        }
        return twoLines(getTranslation("security.audit.action." + e.action().name()), String.join(" · ", parts));
    }

    /** "Scan Wave 2026"; once erased or removed only its number is left: "Scan #12 (erased)". */
    private void add(List<String> parts, String key, Long id, String name) {
        if (id != null) {
            parts.add(getTranslation(key) + " " + (name != null ? name : getTranslation("anon.audit.gone", String.valueOf(id))));
        }
    }

    private static Div twoLines(String first, String second) {
        Span top = new Span(first);
        top.getStyle().set("font-weight", "600");
        Span bottom = new Span(second);
        bottom.addClassName("onderstroom-muted");
        Div cell = new Div(new Div(top), new Div(bottom));
        cell.getStyle().set("white-space", "normal").set("padding", "var(--lumo-space-xs) 0");
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.audit.title") + " · Onderstroom";
    }
}
