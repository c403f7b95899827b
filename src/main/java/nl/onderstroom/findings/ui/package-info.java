/**
 * The findings screen (suggestions, the findings editor, actions), its presence list and its live refresh by server
 * push. Thin: every user action is one call of {@link nl.onderstroom.findings.FindingsService} or
 * {@link nl.onderstroom.findings.ActionsService}, which carry the access rules.
 */
package nl.onderstroom.findings.ui;
