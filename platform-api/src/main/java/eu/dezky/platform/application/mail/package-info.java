/**
 * Alias and distribution-list flows: read and check an address on the tenant's domains, claim it provisionally, then
 * create the alias or list; change and remove them.
 */
package eu.dezky.platform.application.mail;
