/**
 * An in-process simulator of the oCIS LibreGraph v1.0 subset the engine uses (users and group
 * membership), faithful to the LibreGraph spec and to the oCIS behaviour recorded in the shared
 * reference (B10): strict bodies, 409 on duplicates, the OData error envelope.
 */
package eu.dezky.sandbox.ocis;
