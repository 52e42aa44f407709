/**
 * The write model of mail aliases and distribution lists: each guards its own operations (one at a time) and records
 * the provisioning saga's reports. Their addresses are claimed through the member context's address claim first.
 */
package eu.dezky.domain.mail;
