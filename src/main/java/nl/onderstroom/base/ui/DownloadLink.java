package nl.onderstroom.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A link to a file the browser saves (a report, a map, a sheet): a download icon and its words, a touch target of
 * 44 px, and a title that says what the file holds. The router leaves it alone: it is a file, not a view.
 */
public class DownloadLink extends Anchor {

    public DownloadLink(String id, String href, String text, String title) {
        super(href, "");
        add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(text));
        setId(id);
        getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "0.3em")
                .set("min-height", "44px");
        getElement().setAttribute("router-ignore", true);
        getElement().setAttribute("download", true);
        getElement().setAttribute("title", title);
    }
}
