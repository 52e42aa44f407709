/**
 * The mail-domain context: a domain a tenant brings, registered in the mail server, the DNS records it must
 * publish, and their verification. A domain name is unique platform-wide: it is the aggregate identifier.
 */
package eu.dezky.api.domain;
