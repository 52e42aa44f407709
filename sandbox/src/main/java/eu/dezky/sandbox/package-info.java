/**
 * Protocol-faithful, in-process simulators of the external systems the engine provisions, for tests
 * and for the embedded sandbox run. Each simulator keeps its own state, reproduces the vendor's
 * documented quirks and can be told to misbehave through {@link eu.dezky.sandbox.fault.FaultInjector}.
 */
package eu.dezky.sandbox;
