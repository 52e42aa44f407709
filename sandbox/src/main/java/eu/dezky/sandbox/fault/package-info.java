/**
 * Generic fault injection for any simulator built on the JDK HTTP server: latency, random or counted
 * failures, throttling with {@code Retry-After}, hangs and dropped connections, keyed by an operation
 * name the simulator chooses. Nothing here knows about a particular vendor.
 */
package eu.dezky.sandbox.fault;
