package nl.onderstroom.map.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import nl.onderstroom.map.LeadSentences;
import nl.onderstroom.map.ScanResults;
import nl.onderstroom.map.graph.OrganisationMap;

/** The map page's lead: the {@link LeadSentences} a director's start page leads with too. */
record MapLead(ScanResults results, Locale locale, BiFunction<String, Object[], String> translate) {

    static boolean allHidden(OrganisationMap map) {
        return LeadSentences.allHidden(map);
    }

    List<String> sentences() {
        return new LeadSentences(results, locale, translate).sentences();
    }
}
