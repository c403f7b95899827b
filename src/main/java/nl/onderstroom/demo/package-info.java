/**
 * The demo organisation for a newcomer's first run on the embedded database ({@code onderstroom.demo=true}).
 * Seeded once, through the same services a user would call.
 */
package nl.onderstroom.demo;
