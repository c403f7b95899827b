package nl.onderstroom.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in that was not tried at all: too many recent failures for this account or address ({@link Throttled}),
 * or too many password checks running at once ({@link Busy}). Neither says whether the account exists.
 */
public abstract sealed class LoginRefused extends AuthenticationException {

    private final transient Duration retryAfter;

    LoginRefused(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long the client should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Too many failed sign-ins for this account or from this address. */
    public static final class Throttled extends LoginRefused {
        Throttled(Duration retryAfter) {
            super("too many failed sign-ins", retryAfter);
        }
    }

    /** The password checks are all busy; refused at once rather than queued without end. */
    public static final class Busy extends LoginRefused {
        Busy() {
            super("sign-in is busy", Duration.ofSeconds(2));
        }
    }
}
