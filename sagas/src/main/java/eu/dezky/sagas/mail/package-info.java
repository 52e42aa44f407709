/**
 * The sagas that provision mail aliases and distribution lists in Stalwart, with the member sagas' guarantees:
 * retries on the persistent deadline manager, compensation on permanent failure, needs-attention when undoing fails.
 */
package eu.dezky.sagas.mail;
