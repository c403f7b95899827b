/** The application shell every signed-in screen sits in, the language switch and the error screens. */
package nl.onderstroom.base.ui;
