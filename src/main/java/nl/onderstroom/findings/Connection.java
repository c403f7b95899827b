package nl.onderstroom.findings;

/** A directed connection between two departments, by id: how {@code from} sees its work with {@code to}. */
public record Connection(long from, long to) {
}
