/**
 * The read models of mail aliases and distribution lists, per tenant, with each one's provisioning status; and the
 * answer to "which of them still use this domain", which blocks the domain's removal.
 */
package eu.dezky.projections.mail;
