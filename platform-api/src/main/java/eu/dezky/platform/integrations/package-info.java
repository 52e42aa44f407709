/**
 * The external systems as the engine is configured to reach them: one typed client per system, pointed at the
 * configured URL or, in sandbox mode, at an in-process simulator started for the purpose.
 */
package eu.dezky.platform.integrations;
