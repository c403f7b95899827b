package nl.onderstroom.base.ui;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser tab's title of a screen: what is shown first, then where it belongs, then "Onderstroom", e.g.
 * "Matrix · Organisatiescan 2026 · Onderstroom". Views return {@link #of} from {@code getPageTitle()}; a screen
 * whose content changes without navigating (a survey step, a chosen organisation) calls {@link #show} so a
 * screen reader announces where the reader is.
 */
public final class PageTitles {

    static final String PRODUCT = "Onderstroom";

    private PageTitles() {
    }

    /** The parts that are not blank, most specific first, and the product's name. */
    public static String of(String... parts) {
        List<String> shown = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                shown.add(part.strip());
            }
        }
        shown.add(PRODUCT);
        return String.join(" · ", shown);
    }

    /** Sets the title of the current page now (within a screen, e.g. per survey step). */
    public static void show(String... parts) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().setTitle(of(parts));
        }
    }
}
