/** Signing in, one's own account (password, API tokens) and, for administrators, all accounts. */
package nl.onderstroom.security.ui;
