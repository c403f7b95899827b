package nl.onderstroom.findings;

/**
 * Published (Spring application event, after commit) whenever a scan's findings, their order, their edit locks,
 * their reactions or their actions change. Open findings screens refresh on it. Carries ids only.
 *
 * @param scanId    the scan
 * @param findingId the finding that changed, or {@code null} when the whole list did (order, removal)
 */
public record FindingsChanged(long scanId, Long findingId) {
}
