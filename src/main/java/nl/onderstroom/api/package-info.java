/**
 * The REST API under {@code /api/v1} for scripts and integrations: thin controllers over the same services the
 * screens use, errors as RFC 9457 problem details. Documented in docs/api.md.
 */
package nl.onderstroom.api;
