package nl.onderstroom.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link that lets a keyboard or screen-reader user jump past a block (the navigation, the map) to the element with
 * the target id. Hidden until it has the keyboard focus; the target must be focusable ({@link #target}).
 * {@code router-ignore}: the browser follows the fragment itself, so focus moves, without a trip to the router.
 */
public class SkipLink extends Anchor {

    public SkipLink(String text, String targetId) {
        super("#" + targetId, text);
        addClassName("onderstroom-skip-link");
        getElement().setAttribute("router-ignore", true);
    }

    /** Makes an element the landing place of a skip link: reachable by the fragment, focusable by script only. */
    public static void target(com.vaadin.flow.component.Component component, String id) {
        component.setId(id);
        component.getElement().setAttribute("tabindex", "-1");
    }
}
