/**
 * The engine's metrics on Micrometer, scraped at {@code /actuator/prometheus}: every call to an external system
 * (latency histogram and outcome), retries, and the operations per kind and status from the operations read model.
 */
package eu.dezky.platform.metrics;
