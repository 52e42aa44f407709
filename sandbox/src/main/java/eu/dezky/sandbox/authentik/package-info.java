/**
 * An in-process simulator of the Authentik API v3 subset the engine uses (users, passwords, sessions,
 * groups), faithful to the 2026.2 schema and to the quirks recorded in the shared reference (A12).
 */
package eu.dezky.sandbox.authentik;
