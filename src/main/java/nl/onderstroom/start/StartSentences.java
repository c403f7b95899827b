package nl.onderstroom.start;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

import nl.onderstroom.base.LocalNumbers;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.LeadSentences;
import nl.onderstroom.map.ScanResults;

/**
 * The three plain sentences a director reads first: where collaboration stops most, which departments are islands,
 * and the largest gap between intended and perceived identity. Built only from what the map and the identity
 * comparison show (both passed the anonymity rules), with the same wording as the map page's lead.
 *
 * @param translate a translation lookup in the reader's language
 */
record StartSentences(ScanResults results, IdentityComparison identity, Locale locale,
                      BiFunction<String, Object[], String> translate) {

    /** The map page's lead, then the identity gap. */
    List<String> sentences() {
        LeadSentences lead = new LeadSentences(results, locale, translate);
        if (LeadSentences.allHidden(results.map())) {
            return lead.sentences();
        }
        List<String> all = new ArrayList<>(lead.sentences());
        all.add(identityGap());
        return all;
    }

    private String identityGap() {
        Optional<IdentityComparison.Row> widest = identity.rows().stream().filter(r -> r.gap() != null)
                .max(Comparator.comparingDouble(r -> Math.abs(r.gap())));
        if (widest.isEmpty()) {
            return text("start.identity.none");
        }
        IdentityComparison.Row row = widest.get();
        String item = text("start.identity.item." + row.key());
        if (Math.abs(row.gap()) < 0.25) {
            return text("start.identity.close", item, number(row.intended()), number(row.perceived()));
        }
        return text(row.gap() < 0 ? "start.identity.lower" : "start.identity.higher", item, number(row.intended()),
                number(row.perceived()));
    }

    private String number(Double value) {
        return LocalNumbers.decimal(value, 1, locale);
    }

    private String text(String key, Object... args) {
        return translate.apply(key, args);
    }
}
