package nl.onderstroom.findings.ui;

import com.vaadin.flow.component.HasStyle;

/**
 * The findings screen's few looks, set on the components (not in the theme's CSS, which would need the front-end
 * bundle rebuilt): cards with a quiet border, a kind badge, the lock and overdue marks.
 */
final class Styles {

    private Styles() {
    }

    static void card(HasStyle c) {
        c.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin", "0 0 var(--lumo-space-m) 0")
                .set("max-width", "52rem").set("box-sizing", "border-box").set("background", "var(--lumo-base-color)");
    }

    static void badge(HasStyle c, String colour) {
        c.getStyle().set("display", "inline-block").set("font-size", "var(--lumo-font-size-xs)")
                .set("font-weight", "600").set("padding", "0.1em 0.6em").set("border-radius", "1em")
                .set("background", colour).set("color", "var(--lumo-body-text-color)")
                .set("margin-right", "var(--lumo-space-s)");
    }

    static void buttons(HasStyle c) {
        c.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("margin", "var(--lumo-space-s) 0");
    }

    static void actionRow(HasStyle c, boolean overdue) {
        c.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-s)").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-left", overdue ? "4px solid var(--lumo-error-color)" : "4px solid var(--lumo-contrast-20pct)")
                .set("margin", "var(--lumo-space-xs) 0").set("max-width", "52rem");
    }
}
