package nl.onderstroom.base;

import java.sql.SQLException;

/**
 * Describes an unexpected error for the log without its messages: exception messages can carry what a user typed
 * (a SQL error quoting a value, a parser quoting input), and no log line may carry an answer, a story or a code.
 */
public final class SafeLog {

    private SafeLog() {
    }

    /**
     * The exception types of the cause chain, each with its first frames, and for a database error its SQL state
     * and the database's error code; never a message (a database's message can quote the statement's values).
     */
    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = error; t != null && depth < 8; t = t.getCause(), depth++) {
            out.append(depth == 0 ? "" : "\n  caused by ").append(t.getClass().getName());
            if (t instanceof SQLException sql) {
                out.append(" [SQL state ").append(sql.getSQLState()).append(", error code ").append(sql.getErrorCode())
                        .append(']');
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(6, frames.length); i++) {
                out.append("\n    at ").append(frames[i]);
            }
        }
        return out.toString();
    }
}
