/**
 * The reconcile context: how a tenant as the engine knows it compares with Authentik, Stalwart and oCIS, object by
 * object, in the manner of midPoint's synchronization situations, and the repair that puts drift right.
 */
package eu.dezky.api.reconcile;
