/**
 * A tenant's state at a past instant over HTTP, in the same shapes as the tenant's own GET routes, so a portal shows
 * a past moment with the views it already has.
 */
package eu.dezky.platform.web.history;
