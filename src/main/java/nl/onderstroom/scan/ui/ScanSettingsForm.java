package nl.onderstroom.scan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.ScanService.ScanSettings;
import nl.onderstroom.scan.ScanService.ScanSummary;
import nl.onderstroom.scan.ScanStatus;

/**
 * A scan's settings: name, threshold k, story threshold, opening and closing date. The thresholds and the opening date
 * are fixed once the scan opens (a count shown under one k must not be shown under another); name and closing date
 * stay editable while it is open. The form hands the settings to its save callback; the view places {@link #save}
 * below the fields.
 */
class ScanSettingsForm extends HorizontalLayout {

    final Button save;

    ScanSettingsForm(ScanSummary scan, Consumer<ScanSettings> onSave) {
        boolean editable = scan.status() == ScanStatus.DRAFT || scan.status() == ScanStatus.OPEN;
        TextField name = new TextField(getTranslation("scan.view.name"));
        name.setId("scan-settings-name");
        name.setValue(scan.name());
        name.setMaxLength(ScanService.MAX_NAME);
        IntegerField k = new IntegerField(getTranslation("scan.view.threshold"));
        k.setId("scan-threshold");
        k.setMin(ScanService.MIN_THRESHOLD);
        k.setStepButtonsVisible(true);
        k.setValue(scan.threshold());
        k.setHelperText(getTranslation("scan.view.thresholdHelp", ScanService.MIN_THRESHOLD));
        IntegerField story = new IntegerField(getTranslation("scan.view.storyThreshold"));
        story.setId("scan-story-threshold");
        story.setStepButtonsVisible(true);
        story.setValue(scan.storyThreshold());
        DatePicker opens = new DatePicker(getTranslation("scan.view.opensOn"));
        opens.setId("scan-opens-on");
        opens.setValue(scan.opensOn());
        DatePicker closes = new DatePicker(getTranslation("scan.view.closesOn"));
        closes.setId("scan-closes-on");
        closes.setValue(scan.closesOn());
        boolean draft = scan.status() == ScanStatus.DRAFT;
        k.setReadOnly(!draft);
        story.setReadOnly(!draft);
        opens.setReadOnly(!draft);
        closes.setReadOnly(!editable);
        name.setReadOnly(!editable);
        save = new Button(getTranslation("base.action.save"), e -> onSave.accept(new ScanSettings(name.getValue(),
                k.getValue() == null ? 0 : k.getValue(), story.getValue(), opens.getValue(), closes.getValue())));
        save.setId("scan-save");
        save.setVisible(editable);
        add(name, k, story, opens, closes);
        setWrap(true);
    }
}
