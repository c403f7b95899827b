package nl.onderstroom.scan;

/** How often a respondent's department works with another one. */
public enum Frequency {
    NEVER, YEARLY, MONTHLY, WEEKLY, DAILY
}
