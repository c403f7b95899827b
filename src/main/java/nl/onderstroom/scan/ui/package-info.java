/**
 * The scan screens: the anonymous respondent flow ({@code /s}, {@code /s/<code>}) and the advisor's scan
 * administration (scans of an organisation, questions, invitations, live counts, import).
 */
package nl.onderstroom.scan.ui;
