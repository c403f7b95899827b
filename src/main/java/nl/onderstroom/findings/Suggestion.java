package nl.onderstroom.findings;

import java.util.List;
import java.util.Locale;

import nl.onderstroom.base.Translations;

/**
 * A proposed finding as the pure rules produce it: what kind, a stable key (the same suggestion on the same scan
 * always has the same key, so a dismissal is remembered), the translation keys of its title and its one-sentence
 * evidence with their arguments, and the parts it is about.
 *
 * @param kind     the rule that made it
 * @param key      stable identity within a scan, e.g. {@code STOP:12>15}
 * @param rank     order within its kind, 0 = strongest
 * @param titleKey translation key of the short title
 * @param textKey  translation key of the evidence sentence
 * @param args     arguments of both: department names, numbers (formatted in the reader's locale by the
 *                 message pattern), and {@link nl.onderstroom.base.Localized} names of themes and identity items
 * @param parts    the departments, connections, themes and identity items it is about
 */
public record Suggestion(SuggestionKind kind, String key, int rank, String titleKey, String textKey, List<Object> args,
                         List<Part> parts) {

    public Suggestion {
        args = List.copyOf(args);
        parts = List.copyOf(parts);
    }

    /** The evidence sentence in the reader's language, numbers in their locale. */
    public String text(Locale locale) {
        return Translations.get(locale, textKey, args.toArray());
    }

    /** The short title in the reader's language. */
    public String title(Locale locale) {
        return Translations.get(locale, titleKey, args.toArray());
    }

    /** The departments it is about, in order of first mention (a connection names both ends). */
    public List<Long> departments() {
        return parts.stream().flatMap(p -> switch (p.kind()) {
            case DEPARTMENT -> java.util.stream.Stream.of(p.departmentId());
            case CONNECTION -> java.util.stream.Stream.of(p.departmentId(), p.targetDepartmentId());
            default -> java.util.stream.Stream.<Long>empty();
        }).distinct().toList();
    }

    /** The connections it is about. */
    public List<Connection> connections() {
        return parts.stream().filter(p -> p.kind() == PartKind.CONNECTION)
                .map(p -> new Connection(p.departmentId(), p.targetDepartmentId())).toList();
    }
}
