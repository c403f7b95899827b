package nl.onderstroom.scan;

/**
 * The lifecycle of a scan: drafted, open for answers, closed (results for the advisor), published (results for the
 * directors too). Stored by name in {@code scan.status}.
 */
public enum ScanStatus { DRAFT, OPEN, CLOSED, PUBLISHED }
