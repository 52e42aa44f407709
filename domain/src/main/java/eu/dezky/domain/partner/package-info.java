/**
 * The partner aggregate: a reseller and its staff list. It decides who is staff; who may reach which tenant is
 * decided from the staff read model by the engine's access policy.
 */
package eu.dezky.domain.partner;
