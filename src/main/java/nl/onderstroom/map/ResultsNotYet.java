package nl.onderstroom.map;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import nl.onderstroom.base.UserError;

/**
 * The scan still collects (or has not opened): its results are not shown before it closes, so that nobody can read
 * them before and after one person answers and take that person's answers from the difference
 * (docs/decisions/results-after-close.md). The message names the closing date when there is one.
 */
public class ResultsNotYet extends UserError {

    public static final String KEY_WITH_DATE = "map.notYet.closesOn";
    public static final String KEY = "map.notYet.noDate";

    private final String scanName;
    private final transient LocalDate closesOn;

    ResultsNotYet(String scanName, LocalDate closesOn) {
        super(closesOn == null ? KEY : KEY_WITH_DATE, closesOn == null ? new Object[0]
                : new Object[] {Date.from(closesOn.atStartOfDay(ZoneId.systemDefault()).toInstant())});
        this.scanName = scanName;
        this.closesOn = closesOn;
    }

    /** The scan's name, for the heading of the page that explains why there is nothing yet. */
    public String scanName() {
        return scanName;
    }

    /** The planned closing date, or {@code null} when none is set. */
    public LocalDate closesOn() {
        return closesOn;
    }
}
