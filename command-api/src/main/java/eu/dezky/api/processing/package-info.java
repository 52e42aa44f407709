/**
 * The processing context: what operators do to the engine's event processors that the event log must remember,
 * because it changes what a read model holds (an evicted dead letter is an event that read model never takes).
 */
package eu.dezky.api.processing;
