/**
 * The results screens of a scan: map, matrix, themes and identity, with tabs between them. Every figure comes from
 * {@link nl.onderstroom.map.MapService} after the anonymity rules and is shown with its one-sentence explanation.
 */
package nl.onderstroom.map.ui;
