/**
 * The portal's HTTP contract: JSON in and out, RFC 9457 problem details for every error. Controllers turn
 * requests into commands and queries; they hold no business rules.
 */
package eu.dezky.platform.web;
