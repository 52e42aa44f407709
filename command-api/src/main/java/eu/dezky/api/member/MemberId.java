package eu.dezky.api.member;

import eu.dezky.api.common.InvalidValueException;

import java.util.UUID;

/** A member's identifier, a UUID the engine generates; it is also the id of the member's onboarding operation. */
public record MemberId(String value) {

    public MemberId {
        InvalidValueException.require(value != null, "id", "member id is required");
        try {
            value = UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", InvalidValueException.quote(value) + " is not a member id");
        }
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID().toString());
    }

    /** Axon uses {@code toString()} as the aggregate identifier; keep it the bare UUID. */
    @Override
    public String toString() {
        return value;
    }
}
