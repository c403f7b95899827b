/**
 * Scans: survey rounds, invitations, responses. The classes here so far are pure Java (no Spring,
 * JPA or Vaadin): invitation and resume codes ({@link nl.onderstroom.scan.InvitationCodes}), cleaning
 * of typed text ({@link nl.onderstroom.scan.FreeText}) and reading answers collected elsewhere
 * ({@link nl.onderstroom.scan.ResponseCsv}).
 */
package nl.onderstroom.scan;
