package nl.onderstroom.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link that lets a keyboard or screen-reader user jump past a block (the navigation, the map) to the element with
 * the target id. Hidden until it has the keyboard focus; the target must be focusable ({@link #target}). Following
 * it moves the focus in the browser, without a trip to the server or the router ({@code router-ignore}); without
 * script it is a plain fragment link.
 */
public class SkipLink extends Anchor {

    public SkipLink(String text, String targetId) {
        super("#" + targetId, text);
        addClassName("onderstroom-skip-link");
        getElement().setAttribute("router-ignore", true);
        addAttachListener(e -> getElement().executeJs("if (!this.__skip) { this.__skip = true;"
                + " this.addEventListener('click', event => { const target = document.getElementById($0);"
                + " if (target) { event.preventDefault(); target.focus(); target.scrollIntoView({block: 'start'}); } }); }",
                targetId));
    }

    /** Makes an element the landing place of a skip link: reachable by the fragment, focusable by script only. */
    public static void target(com.vaadin.flow.component.Component component, String id) {
        component.setId(id);
        component.getElement().setAttribute("tabindex", "-1");
    }
}
