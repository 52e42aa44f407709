/** The mail-domain read model: one document per domain, listed by tenant, with its last DNS check. */
package eu.dezky.projections.domain;
