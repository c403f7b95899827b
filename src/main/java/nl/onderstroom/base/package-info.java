/**
 * The shared kernel: the entity base class, the clock, and the errors every feature raises
 * in a form the user interface and the REST API can translate.
 */
package nl.onderstroom.base;
