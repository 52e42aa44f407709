/**
 * The adapters module: one typed client per external system (Authentik, Stalwart over JMAP, oCIS over LibreGraph)
 * and the DNS verifier (dnsjava), the HTTP clients built on the shared core in {@code eu.dezky.adapters.http}. Sagas
 * call these clients and decide on the small error taxonomy they throw, never on vendor status codes.
 */
package eu.dezky.adapters;
