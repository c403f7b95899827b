/**
 * Statistical disclosure control that more than one feature needs: which respondent counts of a department tree
 * may be shown ({@link nl.onderstroom.base.disclosure.CountSuppression}) and which counts of a cross table of answers
 * ({@link nl.onderstroom.base.disclosure.TableSuppression}), both by the one hiding rule of
 * {@code ComplementarySuppression}, which also owns the answer to whether a hidden zero needs protecting. Pure Java
 * (the JDK and Commons Math), so the scan feature's live counts and the pure map code ({@code map.graph}) decide by
 * the same rule.
 */
package nl.onderstroom.base.disclosure;
