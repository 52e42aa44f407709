/**
 * The audit trail over HTTP: a tenant's trail for whoever may act on the tenant, the whole trail for operators,
 * as cursor-paged JSON or streamed as NDJSON.
 */
package eu.dezky.platform.web.audit;
