/**
 * Billing read models: each tenant's plan, its members' seat-relevant status, and the MRR change points from which
 * MRR per day per currency is answered exactly for any past day, the same after a replay.
 */
package eu.dezky.projections.billing;
