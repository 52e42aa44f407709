/** Tenant flows: registering a tenant (operators for anyone, partners for their own customers). */
package eu.dezky.platform.application.tenant;
