/**
 * Checks that a customer's DNS publishes the records our mail service needs (MX, SPF, DKIM, DMARC and the
 * ownership token), asking real resolvers through dnsjava and reporting a per-record diff a person can act on.
 * Expected records come from Stalwart's {@code dnsZoneFile}, read with dnsjava's zone parser; ownership is
 * proven by {@code _dezky-verify.<domain>. IN TXT "dezky-verify=<token>"}.
 */
package eu.dezky.adapters.dns;
