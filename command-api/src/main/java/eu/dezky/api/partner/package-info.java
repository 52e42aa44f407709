/**
 * The partner context: resellers who sell the platform to their customers, and the staff who act for them.
 * A partner's staff reach their partner's customer tenants; only the partner's admins manage the staff list.
 */
package eu.dezky.api.partner;
