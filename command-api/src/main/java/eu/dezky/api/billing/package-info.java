/**
 * The billing context's read side: each tenant's plan, seats and monthly recurring revenue (MRR), and MRR per day per
 * currency computed from the event history. Seats are members that are ACTIVE or SUSPENDED.
 */
package eu.dezky.api.billing;
