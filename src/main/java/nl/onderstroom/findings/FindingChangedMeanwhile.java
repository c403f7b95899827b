package nl.onderstroom.findings;

import nl.onderstroom.base.UserError;

/**
 * The finding was saved by someone else after it was opened (the editor's lock had lapsed): nothing is overwritten;
 * the editor reloads, sees the other version and applies their change again.
 */
public class FindingChangedMeanwhile extends UserError {

    public FindingChangedMeanwhile() {
        super("findings.error.changedMeanwhile");
    }
}
