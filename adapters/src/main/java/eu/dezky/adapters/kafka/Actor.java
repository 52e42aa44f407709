package eu.dezky.adapters.kafka;

/**
 * Who caused an event: the caller's token subject and audience (customer-admin, partner, operator), either null when
 * the engine acted on its own. Carried as the CloudEvent extensions {@code actor} and {@code actoraudience}.
 */
public record Actor(String subject, String audience) {

    public static final Actor NONE = new Actor(null, null);
}
