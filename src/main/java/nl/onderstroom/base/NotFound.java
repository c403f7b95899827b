package nl.onderstroom.base;

/** The thing asked for does not exist, or is not the caller's to see (the two are not told apart). */
public class NotFound extends UserError {

    public NotFound() {
        super("base.error.notFound");
    }
}
