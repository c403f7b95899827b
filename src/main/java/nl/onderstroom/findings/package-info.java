/**
 * Findings: an advisor's conclusions about a closed or published scan, the suggestions the portal makes for them
 * ({@link nl.onderstroom.findings.SuggestionRules}, built only from what the map may show), the evidence that
 * attaches itself to a finding, the directors' reactions, and the actions agreed from a finding.
 *
 * <p>Depends on {@code map} (and below); nothing outside {@code api} and {@code demo} depends on it. The services
 * (reading {@link nl.onderstroom.findings.FindingsService}, writing {@link nl.onderstroom.findings.FindingEditService},
 * {@link nl.onderstroom.findings.SuggestionsService}, {@link nl.onderstroom.findings.ReactionsService},
 * {@link nl.onderstroom.findings.ActionsService}) carry the access rules, all asking
 * {@link nl.onderstroom.findings.FindingsAccess}: advisors assigned to the organisation (and administrators) write;
 * directors of the organisation read the findings of published scans and agree actions on them; anyone else finds
 * nothing.
 */
package nl.onderstroom.findings;
