package nl.onderstroom.findings;

/** A director who can own an action. */
public record Owner(long accountId, String name) {
}
