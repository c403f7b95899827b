/**
 * The findings screen (suggestions, the findings editor, actions), its presence list and its live refresh by server
 * push. Thin: every user action is one call of a findings service
 * ({@link nl.onderstroom.findings.FindingsService}, {@link nl.onderstroom.findings.FindingEditService},
 * {@link nl.onderstroom.findings.SuggestionsService}, {@link nl.onderstroom.findings.ActionsService}), which carry
 * the access rules.
 */
package nl.onderstroom.findings.ui;
