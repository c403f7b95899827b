package nl.onderstroom.findings.ui;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.onderstroom.findings.ActionWaveChanges;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.PartKind;

/**
 * The next wave's comparison per action: for each action of the earlier wave's findings, how the mean flow of its
 * finding's connections and the cohesion and external flow of its departments changed to this wave. A figure either
 * wave hides says so instead of a number. Shows nothing for a scan without an earlier wave.
 */
public class WaveChangesList extends Div {

    public WaveChangesList(ActionsService actions, long scanId) {
        setId("wave-changes");
        ActionsService.WaveChanges changes = actions.waveChanges(scanId);
        if (changes.earlierScanId() == null || changes.actions().isEmpty()) {
            setVisible(false);
            return;
        }
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        add(new H3(getTranslation("gaps.wave.title")));
        UnorderedList list = new UnorderedList();
        for (ActionWaveChanges.ActionChange a : changes.actions()) {
            ListItem item = new ListItem();
            item.addClassName("wave-change");
            Span what = new Span(a.action().what());
            what.getStyle().set("font-weight", "600");
            item.add(what, new Span(" · " + getTranslation("start.actions.finding", a.action().findingTitle())));
            UnorderedList figures = new UnorderedList();
            if (a.figures().isEmpty()) {
                figures.add(new ListItem(getTranslation("gaps.wave.noParts")));
            }
            for (ActionWaveChanges.Figure f : a.figures()) {
                String part = f.part().kind() == PartKind.CONNECTION
                        ? getTranslation("gaps.wave.connection", name(changes, f.part().departmentId()),
                        name(changes, f.part().targetDepartmentId()))
                        : getTranslation("gaps.wave." + f.measure().name(), name(changes, f.part().departmentId()));
                String value = f.shown()
                        ? getTranslation("gaps.wave.change", number.format(f.before()), number.format(f.after()),
                        (f.change() > 0 ? "+" : f.change() < 0 ? "−" : "±") + number.format(Math.abs(f.change())))
                        : getTranslation("gaps.wave.hidden");
                ListItem line = new ListItem(part + ": " + value);
                line.addClassName(f.shown() ? "wave-figure" : "wave-figure-hidden");
                figures.add(line);
            }
            item.add(figures);
            list.add(item);
        }
        add(list);
    }

    private String name(ActionsService.WaveChanges changes, Long id) {
        return changes.departmentNames().getOrDefault(id, getTranslation("gaps.wave.unknownDepartment"));
    }
}
