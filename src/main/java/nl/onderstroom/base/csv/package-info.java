/**
 * Reading delimited text (RFC 4180 CSV) and strict UTF-8 decoding, shared by the department
 * import ({@code organisation}) and the response import ({@code scan}). Pure Java: no Spring, JPA or
 * Vaadin. Nothing here produces text a person reads; callers turn problems into translation keys.
 */
package nl.onderstroom.base.csv;
