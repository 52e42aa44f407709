/**
 * HTTP helpers shared by the controllers of every context. They only translate between HTTP and the engine's
 * values and carry no business rule.
 */
package eu.dezky.platform.web.http;
