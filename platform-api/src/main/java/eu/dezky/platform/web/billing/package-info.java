/**
 * Billing routes: a tenant's plan (set by an operator or staff of the tenant's partner) and MRR per day per currency
 * for a partner's customers or, for operators, every tenant.
 */
package eu.dezky.platform.web.billing;
