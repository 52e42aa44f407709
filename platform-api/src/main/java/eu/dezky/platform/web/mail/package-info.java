/**
 * The mail routes: a tenant's aliases and distribution lists.
 */
package eu.dezky.platform.web.mail;
