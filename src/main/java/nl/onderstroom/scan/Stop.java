package nl.onderstroom.scan;

/**
 * Where collaboration with another department stops, seen from the respondent: it does not
 * ({@code NONE}), at their door ({@code THEIRS}), at ours ({@code OURS}), or at both. {@link #code()} is what the
 * database stores ({@code response_connection.stops}) and the index in the tallies' stop counts; it is fixed here,
 * not taken from the declaration order ({@code FrequencyStopCodesTest} pins it).
 */
public enum Stop {
    NONE(0), THEIRS(1), OURS(2), BOTH(3);

    private final int code;

    Stop(int code) {
        this.code = code;
    }

    /** The stored code. */
    public int code() {
        return code;
    }

    /** The constant stored as {@code code}. */
    public static Stop ofCode(int code) {
        for (Stop s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("no stop with code " + code);
    }
}
