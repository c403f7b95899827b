package nl.onderstroom.findings;

/** Where an agreed action stands. */
public enum ActionStatus {
    OPEN, UNDER_WAY, DONE
}
