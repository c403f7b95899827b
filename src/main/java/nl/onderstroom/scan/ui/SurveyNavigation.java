package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;

/**
 * Below a survey step: back (not on the first), and next, or on the last step "submit". Submit disables itself on the
 * click, so answers go once; the view enables it again when sending failed.
 */
class SurveyNavigation extends HorizontalLayout {

    /**
     * @param first  the first step: back is disabled and next says "start"
     * @param last   the review: submit instead of next
     */
    SurveyNavigation(boolean first, boolean last, Runnable onBack, Runnable onNext, Consumer<Button> onSubmit) {
        setWidthFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        getStyle().set("margin-top", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        Button back = new Button(getTranslation("scan.survey.back"), e -> onBack.run());
        back.setId("survey-back");
        back.setEnabled(!first);
        add(back);
        if (last) {
            Button submit = new Button(getTranslation("scan.survey.submit"));
            submit.setId("survey-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setDisableOnClick(true);
            submit.addClickListener(e -> onSubmit.accept(submit));
            add(submit);
        } else {
            Button next = new Button(getTranslation(first ? "scan.survey.start" : "scan.survey.next"), e -> onNext.run());
            next.setId("survey-next");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(next);
        }
    }
}
