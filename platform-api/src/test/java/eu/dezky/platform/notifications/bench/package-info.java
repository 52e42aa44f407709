/**
 * The Kafka publisher's benchmark, run by {@code bench/kafka-publisher/run.sh}, not by the test suite. It measures
 * how many notifications per second the engine's publisher sustains into a real local broker.
 */
package eu.dezky.platform.notifications.bench;
