/**
 * The Kafka side of the lifecycle notifications: public events as CloudEvents 1.0 in binary content mode, keyed by
 * tenant, sent through spring-kafka's idempotent producer. Which events are public is decided in
 * {@code eu.dezky.adapters.notifications}; when a batch counts as delivered is decided by the caller.
 */
package eu.dezky.adapters.kafka;
