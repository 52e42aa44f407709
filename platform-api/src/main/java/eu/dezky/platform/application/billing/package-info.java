/** Billing flows: setting a tenant's plan (operators and the tenant's partner only). */
package eu.dezky.platform.application.billing;
