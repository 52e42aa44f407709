/**
 * Wiring of the Kafka lifecycle notifications: a tracking processor on the event store, its token in PostgreSQL,
 * hands public events to the adapters' publisher and lets its token advance only once the broker acknowledged every
 * record of the batch. Without {@code KAFKA_BOOTSTRAP_SERVERS} none of it runs, and the engine says so once.
 */
package eu.dezky.platform.notifications;
