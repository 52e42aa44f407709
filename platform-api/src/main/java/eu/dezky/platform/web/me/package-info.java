/**
 * {@code GET /api/me}: who the caller is and what they may reach.
 */
package eu.dezky.platform.web.me;
