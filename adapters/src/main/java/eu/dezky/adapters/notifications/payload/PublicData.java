package eu.dezky.adapters.notifications.payload;

/**
 * The payload of a public event. {@link #tenant()} (the slug) keys the Kafka record and names the CloudEvent's
 * source; {@link #subject()} is the id of the object the event is about (the CloudEvent's subject). Neither method
 * is a record component, so neither is serialised as a property.
 */
public interface PublicData {

    String tenant();

    String subject();
}
