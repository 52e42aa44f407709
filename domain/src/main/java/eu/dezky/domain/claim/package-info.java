/**
 * The mail-address claim aggregate: one per address, deciding serially who may hold, share, leave and release it.
 * Members, aliases and lists all claim through it.
 */
package eu.dezky.domain.claim;
