package nl.onderstroom.scan;

/**
 * How often a respondent's department works with another one. {@link #code()} is what the database stores
 * ({@code response_connection.frequency}) and the index in the tallies' frequency counts; it is fixed here, not taken
 * from the declaration order, so reordering or adding a constant cannot change the meaning of stored answers
 * ({@code FrequencyStopCodesTest} pins it).
 */
public enum Frequency {
    NEVER(0), YEARLY(1), MONTHLY(2), WEEKLY(3), DAILY(4);

    private final int code;

    Frequency(int code) {
        this.code = code;
    }

    /** The stored code. */
    public int code() {
        return code;
    }

    /** The constant stored as {@code code}. */
    public static Frequency ofCode(int code) {
        for (Frequency f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        throw new IllegalArgumentException("no frequency with code " + code);
    }
}
