/**
 * Documents made from a scan: the works-council information sheet (before a scan opens), the PDF report of its
 * results, findings and actions, and the map as a picture (PNG, and inside the report). Everything in them comes
 * from the services of {@code map} and {@code findings}, so it passes the same anonymity rules as the screens.
 */
package nl.onderstroom.report;
