/**
 * {@code GET /api/me}: who the engine takes the caller for, their partner and every tenant they reach, so the portal
 * can draw its header and tenant switcher from one call.
 */
package eu.dezky.platform.web.me;
