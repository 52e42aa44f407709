/**
 * The tenant routes: create a tenant and read it. Controllers translate HTTP to one call and back; the rules live in
 * the aggregates and application services.
 */
package eu.dezky.platform.web.tenant;
