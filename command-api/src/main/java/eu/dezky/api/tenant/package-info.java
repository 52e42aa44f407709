/**
 * The tenant context: a customer of the platform, identified by its slug, owned by its first admin and
 * optionally served by a partner.
 */
package eu.dezky.api.tenant;
