package nl.onderstroom.findings;

import nl.onderstroom.base.UserError;

/** Someone else is editing this finding: told with their name, so the reader knows whom to ask. */
public class FindingLocked extends UserError {

    public FindingLocked(String editorName) {
        super("findings.error.locked", editorName);
    }
}
