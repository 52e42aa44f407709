/**
 * Reconcile flows: a comparison of a tenant with Authentik, Stalwart and oCIS asked for over HTTP, and the scheduled
 * one that keeps every tenant's provisioning status fresh.
 */
package eu.dezky.platform.application.reconcile;
