/**
 * The operator's routes outside tenants: partners and their staff, and the directory of every tenant. Only
 * operator-audience tokens reach them (the security filter chain says so).
 */
package eu.dezky.platform.web.operator;
