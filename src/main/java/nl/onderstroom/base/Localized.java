package nl.onderstroom.base;

import java.util.Locale;

/** An argument of a message that is itself text in the reader's language (e.g. a library's advice). */
@FunctionalInterface
public interface Localized {

    String in(Locale locale);
}
