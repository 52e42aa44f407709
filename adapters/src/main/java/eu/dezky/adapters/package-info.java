/**
 * The adapters module: one typed client per external system (Authentik, oCIS, and later Stalwart and
 * the DNS verifier), all built on the shared HTTP core in {@code eu.dezky.adapters.http}. Sagas call
 * these clients and decide on the small error taxonomy they throw, never on vendor status codes.
 */
package eu.dezky.adapters;
