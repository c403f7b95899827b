package nl.onderstroom.base;

import java.util.List;

/**
 * A rule the user broke, told as a translation key and its arguments so that every screen and
 * the API can say it in the user's language. Thrown by services; never carries personal answers.
 */
public class UserError extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public UserError(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
