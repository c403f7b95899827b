/**
 * Accounts, roles and who may see which organisation. {@link nl.onderstroom.security.TenantAccess}
 * is the one place that answers "may the current user touch organisation X?"; every feature service
 * asks it. Respondents never have an account and never pass through here.
 */
package nl.onderstroom.security;
