/**
 * Mail-domain processes: registering a domain in Stalwart and deriving the DNS records to publish, verifying them
 * on a schedule, guarded removal, and the policy that keeps the tenant's list of domains in step.
 */
package eu.dezky.sagas.domain;
