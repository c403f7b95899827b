/**
 * Scans: survey rounds of one organisation (draft → open → closed → published, a later scan being the next wave),
 * their question sets (JSON per scan, frozen once open), invitations (one-time codes kept as keyed hashes, open
 * links, e-mail with reminders), the anonymous respondent's drafts and one-transaction submission, live response
 * counts that follow the anonymity rules, response import, and {@link nl.onderstroom.scan.ScanTallies} — the
 * aggregates the results are built from.
 *
 * <p>Pure parts (no Spring, JPA or Vaadin): {@link nl.onderstroom.scan.InvitationCodes},
 * {@link nl.onderstroom.scan.FreeText}, {@link nl.onderstroom.scan.ResponseCsv},
 * {@link nl.onderstroom.scan.QuestionSet}, {@link nl.onderstroom.scan.LiveCounts},
 * {@link nl.onderstroom.scan.InvitationSheets}.
 */
package nl.onderstroom.scan;
