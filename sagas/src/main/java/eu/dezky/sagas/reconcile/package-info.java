/**
 * Reconciliation: compares a tenant as the engine knows it with Authentik, Stalwart and oCIS and records what
 * differs, object by object; the repair saga puts it right through the step engine, never touching foreign objects.
 */
package eu.dezky.sagas.reconcile;
