/**
 * The audit trail's first link: who caused a command (subject, audience, e-mail, tenant, request id, client IP) is
 * attached as metadata when it is dispatched, and Axon's correlation data copies it onto every resulting event.
 */
package eu.dezky.platform.audit;
