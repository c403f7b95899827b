package nl.onderstroom.scan;

/**
 * Published (Spring application event, after commit) whenever a scan's responses change: a submission, an
 * import, a status change. Results caches and live counters listen to it. Carries no answer.
 */
public record ResponsesChanged(long scanId, long organisationId) {
}
