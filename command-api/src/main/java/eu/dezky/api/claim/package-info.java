/**
 * The address-claim context: who holds a mail address (a member's mailbox, an alias or a distribution list) so that
 * every address is unique platform-wide. Its commands and events are keyed by the canonical {@link MailAddress}.
 */
package eu.dezky.api.claim;
