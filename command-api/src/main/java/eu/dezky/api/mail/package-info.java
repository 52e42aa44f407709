/**
 * The mail context: extra addresses of a tenant that deliver to a member's mailbox (aliases) or fan out to many
 * recipients (distribution lists). Their addresses share the platform-wide namespace of mailboxes (the mail-address
 * claim), and each is provisioned in the mail server by a saga whose progress the read model shows.
 */
package eu.dezky.api.mail;
