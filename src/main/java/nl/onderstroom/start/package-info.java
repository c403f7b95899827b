/**
 * The director's start page: the latest published scan in three plain sentences, a way into the map, the running
 * presentation to join, and their actions.
 */
package nl.onderstroom.start;
