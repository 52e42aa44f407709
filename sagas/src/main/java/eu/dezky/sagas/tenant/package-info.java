/**
 * The tenant lifecycle sagas: suspending and resuming every member of a tenant, and offboarding a tenant (lists,
 * aliases, members, then domains removed). Each step hands one object to its own operation (a member's suspension, a
 * list's removal …) and waits for that operation's outcome, so the tenant's operation shows a step per object.
 */
package eu.dezky.sagas.tenant;
