package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import java.util.function.Consumer;
import nl.onderstroom.base.ui.LanguageSwitch;

/**
 * The survey's top line: the name, and the language switch, which hands the language chosen to the view (it keeps
 * the answers and draws itself again) instead of reloading the page.
 */
class SurveyBar extends HorizontalLayout {

    SurveyBar(Consumer<Locale> onLanguage) {
        Span brand = new Span("Onderstroom");
        brand.addClassName("onderstroom-brand");
        LanguageSwitch language = new LanguageSwitch(onLanguage);
        language.setId("survey-language");
        add(brand, language);
        setWidthFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        setAlignItems(FlexComponent.Alignment.CENTER);
    }
}
