/** Reading operations: one by id, a tenant's operations on a target, and the one running on a target. */
package eu.dezky.platform.application.operation;
