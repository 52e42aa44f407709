/**
 * The partners read model (each partner with its current staff, which the access policy reads on every partner
 * request) and the tenant directory operators and partners browse: serving partner, status, owners, mail domains.
 */
package eu.dezky.projections.partner;
