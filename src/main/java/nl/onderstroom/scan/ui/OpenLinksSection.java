package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.InvitationSheets;
import nl.onderstroom.scan.InvitationService.IssuedOpenLink;
import nl.onderstroom.scan.InvitationService.OpenLinkSummary;

/**
 * Open links: one address for a department (or for anyone, who then picks their department), used at most {@code cap}
 * times. A new link is shown once, in an {@link OpenLinkPanel}; the list below shows each link's use (hidden under k,
 * as a department's live count is) and switches a link off. The view gives the three calls that list, make and switch
 * off links.
 */
class OpenLinksSection extends InvitationSection {

    private final Supplier<List<OpenLinkSummary>> list;
    private final Grid<OpenLinkSummary> links = new Grid<>();

    OpenLinksSection(List<DepartmentNode> departments, int threshold, String publicUrl,
                     Supplier<List<OpenLinkSummary>> list, BiFunction<Long, Integer, IssuedOpenLink> create,
                     LongConsumer deactivate) {
        super("scan.invite.openLinks", "scan.invite.openLinksHelp");
        this.list = list;
        DepartmentSelect department = new DepartmentSelect("open-link-department", departments);
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("scan.invite.anyDepartment"));
        IntegerField cap = new IntegerField(getTranslation("scan.invite.cap"));
        cap.setId("open-link-cap");
        cap.setValue(50);
        cap.setMin(1);
        Div ready = new Div();
        ready.setId("open-link-ready");
        links.setId("open-links");
        links.addColumn(l -> l.departmentName() == null ? getTranslation("scan.invite.anyDepartment") : l.departmentName())
                .setHeader(getTranslation("scan.view.department"));
        links.addColumn(l -> (l.responses() == null ? "< " + threshold : l.responses()) + " / " + l.cap())
                .setHeader(getTranslation("scan.invite.used"));
        links.addComponentColumn(l -> {
            if (!l.active()) {
                return new Span(getTranslation("scan.invite.inactive"));
            }
            Button off = new Button(getTranslation("scan.invite.deactivate"), e -> {
                deactivate.accept(l.id());
                refresh();
            });
            off.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return off;
        });
        links.setAllRowsVisible(true);
        refresh();
        Button make = new Button(getTranslation("scan.invite.makeLink"), VaadinIcon.LINK.create(), e -> {
            try {
                IssuedOpenLink created = create.apply(department.departmentId(), cap.getValue() == null ? 0 : cap.getValue());
                ready.removeAll();
                ready.add(new OpenLinkPanel(InvitationSheets.link(publicUrl, created.token()), department.getValue() == null
                        ? getTranslation("scan.invite.anyDepartment") : department.getValue().name()));
                refresh();
            } catch (UserError ex) {
                UiSetup.handle(ex);
            }
        });
        make.setId("open-link-create");
        HorizontalLayout row = new HorizontalLayout(department, cap, make);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row, ready, links);
    }

    private void refresh() {
        links.setItems(list.get());
    }
}
