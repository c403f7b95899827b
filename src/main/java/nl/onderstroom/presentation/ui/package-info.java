/** The advisor's presenting screen, the directors' following screen, and the slide they share. */
package nl.onderstroom.presentation.ui;
