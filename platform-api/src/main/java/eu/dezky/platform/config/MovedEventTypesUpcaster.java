package eu.dezky.platform.config;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads events stored under the name of a package they have since left. The event store keeps each payload's class
 * name; when a context moves (the address claim left {@code member} for its own {@code claim} context) the stored
 * events keep their old name and would no longer deserialize. Only the type name changes: the shape is the same.
 */
@Component
class MovedEventTypesUpcaster extends SingleEventUpcaster {

    /** Old class name → new class name. */
    static final Map<String, String> MOVED = Stream.of("MailAddressClaimedEvent", "MailAddressClaimConfirmedEvent",
                    "MailAddressJoinedEvent", "MailAddressLeftEvent", "MailAddressReleasedEvent")
            .collect(Collectors.toUnmodifiableMap(name -> "eu.dezky.api.member." + name,
                    name -> "eu.dezky.api.claim." + name));

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return MOVED.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String moved = MOVED.get(representation.getType().getName());
        return representation.upcastPayload(
                new SimpleSerializedType(moved, representation.getType().getRevision()), Object.class, Function.identity());
    }
}
