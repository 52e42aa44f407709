package eu.dezky.adapters.notifications.payload;

/**
 * The payload of a public event. {@link #key()} keys the Kafka record (events of one key stay in order),
 * {@link #source()} is the CloudEvent's source and {@link #subject()} the id of the object the event is about (its
 * subject). None of them is a record component of its own, so none is serialised as a property.
 */
public interface PublicData {

    String key();

    String source();

    String subject();
}
