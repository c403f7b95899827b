/**
 * Statistical disclosure control that more than one feature needs: which respondent counts of a department tree
 * may be shown ({@link nl.onderstroom.base.disclosure.CountSuppression}). Pure Java (the JDK and Commons Math), so
 * the scan feature's live counts and the pure map code ({@code map.graph}) decide by the same rule.
 */
package nl.onderstroom.base.disclosure;
