/** HTTP routes of the reconcile context: compare a tenant with the external systems, and repair what drifted. */
package eu.dezky.platform.web.reconcile;
