package nl.onderstroom.security;

import java.time.Instant;
import java.time.LocalDate;

/** A personal API token as its owner sees it afterwards: its name and dates, never the token. */
public record ApiTokenSummary(long id, String name, Instant createdAt, LocalDate lastUsedOn) {
}
