/**
 * The operation routes: one long-running operation by id, and a tenant's operations, where every 202 points.
 */
package eu.dezky.platform.web.operation;
