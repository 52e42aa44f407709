/**
 * The audit trail's contract: the metadata keys every message carries about who caused it, and the queries and
 * views of the audit read model. An entry describes an event in words and never carries its payload.
 */
package eu.dezky.api.audit;
