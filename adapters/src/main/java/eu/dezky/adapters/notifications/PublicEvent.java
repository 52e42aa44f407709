package eu.dezky.adapters.notifications;

import eu.dezky.adapters.notifications.payload.PublicData;

/** A public lifecycle event: its versioned {@code type} (e.g. {@code eu.dezky.member.suspended.v1}) and payload. */
public record PublicEvent(String type, PublicData data) {

    /** Every schema's {@code $id} in the AsyncAPI document is this prefix followed by the event type. */
    public static final String SCHEMA_PREFIX = "urn:dezky:schema:";

    /** The Kafka record key: the tenant's slug, or a partner's id for a partner's own events. */
    public String key() {
        return data.key();
    }

    /** The CloudEvent source: {@code /tenants/{slug}}, or {@code /partners/{id}}. */
    public String source() {
        return data.source();
    }

    /** The id of the object the event is about: the CloudEvent subject. */
    public String subject() {
        return data.subject();
    }

    /** The URI of the payload's JSON Schema (the CloudEvent dataschema). */
    public String dataSchema() {
        return SCHEMA_PREFIX + type;
    }
}
