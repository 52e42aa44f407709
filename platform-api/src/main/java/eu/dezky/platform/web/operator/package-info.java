/**
 * The operator's routes outside tenants: partners and their staff, the directory of every tenant, and the engine
 * itself (the event processors with their status and lag, rebuilding a projection's read model). Only
 * operator-audience tokens reach them (the security filter chain guards {@code /api/operator/**}).
 */
package eu.dezky.platform.web.operator;
