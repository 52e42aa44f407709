/**
 * Health: the stores the engine cannot work without (event store, read store; the readiness group), each answered
 * within a bounded time, and the external systems it provisions (the {@code integrations} component).
 */
package eu.dezky.platform.health;
