/** The organisation list and one organisation's department tree, with CSV import and export. */
package nl.onderstroom.organisation.ui;
