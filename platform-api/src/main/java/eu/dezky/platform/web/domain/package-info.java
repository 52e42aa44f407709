/**
 * The mail-domain routes: add, read, recheck, change DMARC and remove a tenant's mail domains.
 */
package eu.dezky.platform.web.domain;
