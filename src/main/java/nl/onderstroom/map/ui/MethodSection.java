package nl.onderstroom.map.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.onderstroom.map.ResultsMethod;
import nl.onderstroom.map.ScanResults;

/**
 * The "method" part of every results screen: how many responses came by import, and the departments where more
 * people answered, or more codes were made, than the department has staff. Padding a small group shows here.
 */
class MethodSection extends Details {

    MethodSection(ScanResults results) {
        ResultsMethod method = results.method();
        setId("results-method");
        setSummaryText(getTranslation("map.method.title"));
        Div content = new Div();
        Paragraph imported = new Paragraph(!method.anyImported() ? getTranslation("map.method.noneImported")
                : method.importedResponses() == null
                        ? getTranslation("map.method.someImported", results.scan().threshold())
                        : getTranslation("map.method.imported", method.importedResponses()));
        imported.setId("method-imported");
        content.add(imported);
        if (method.openLinkForEveryone()) {
            Paragraph everyone = new Paragraph(getTranslation("map.method.openLinkForEveryone"));
            everyone.setId("method-open-link-everyone");
            content.add(everyone);
        }
        if (method.departments().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("map.method.noRemarks"));
            none.setId("method-no-remarks");
            content.add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("method-remarks");
            for (ResultsMethod.DepartmentRemark d : method.departments()) {
                ListItem item = new ListItem();
                item.setId("method-remark-" + d.departmentId());
                StringBuilder text = new StringBuilder(d.name()).append(": ");
                if (d.moreResponsesThanHeadcount()) {
                    text.append(getTranslation("map.method.moreResponses", d.headcount())).append(' ');
                }
                if (d.moreCodesThanHeadcount()) {
                    text.append(getTranslation("map.method.moreCodes", d.codes(), d.headcount())).append(' ');
                }
                if (d.openLink()) {
                    text.append(getTranslation("map.method.openLink"));
                }
                item.setText(text.toString().strip());
                list.add(item);
            }
            content.add(list);
        }
        Paragraph why = new Paragraph(getTranslation("map.method.why"));
        why.addClassName("onderstroom-muted");
        content.add(why);
        add(content);
    }
}
