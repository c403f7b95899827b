package nl.onderstroom.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.onderstroom.base.Translations;
import nl.onderstroom.base.csv.CsvProblem;

/**
 * Why an uploaded CSV file was refused, in the user's language: a heading with the number of problems, then each
 * problem as a sentence, with its line where it has one. The one way every import screen lists them.
 */
public class CsvProblemList extends Div {

    /**
     * @param failedKey the heading's key, given the number of problems
     * @param atLineKey the key that puts a line number before a problem ({0} the line, {1} the problem)
     */
    public CsvProblemList(String failedKey, String atLineKey, List<CsvProblem> problems) {
        UnorderedList list = new UnorderedList();
        for (CsvProblem p : problems) {
            String sentence = Translations.get(getLocale(), p.key(), p.args().toArray());
            list.add(new ListItem(p.line() > 0 ? getTranslation(atLineKey, p.line(), sentence) : sentence));
        }
        add(new H2(getTranslation(failedKey, problems.size())), list);
    }
}
