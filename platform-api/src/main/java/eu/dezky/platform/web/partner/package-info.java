/**
 * The partner portal's routes: the partner's customer tenants and its staff list, for current staff of the partner
 * the token names. Also the staff and tenant-summary helpers the operator and {@code /api/me} routes share.
 */
package eu.dezky.platform.web.partner;
