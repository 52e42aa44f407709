/**
 * Operator routes for the engine itself: the event processors with their status and lag, and rebuilding a
 * projection's read model. Reachable with an operator token only (the security filter chain guards
 * {@code /api/operator/**}).
 */
package eu.dezky.platform.web.operator;
