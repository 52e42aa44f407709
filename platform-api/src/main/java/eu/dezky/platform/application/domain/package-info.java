/**
 * Mail-domain flows: add a domain with a fresh ownership token, recheck and change its DMARC policy, and remove it
 * once nothing of the engine's uses it (the tenant approves first, then the domain's removal starts).
 */
package eu.dezky.platform.application.domain;
