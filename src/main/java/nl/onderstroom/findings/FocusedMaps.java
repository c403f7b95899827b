package nl.onderstroom.findings;

import java.util.Locale;
import java.util.Set;

/**
 * The map of a scan with some departments standing out, as a PNG: the small map a finding's evidence and its slide
 * show. The report feature draws it (it depends on findings, so the findings screens ask through this interface).
 * It draws only what the map may show: hidden departments stay hidden.
 */
public interface FocusedMaps {

    byte[] focusedMapPng(long scanId, Set<Long> focus, Locale locale);
}
