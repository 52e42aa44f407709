package eu.dezky.platform.config;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A claim event stored under its old package still reads as the claim context's event, field for field. */
class MovedEventTypesUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void aClaimEventStoredBeforeTheMoveReadsAsTheClaimContextsEvent() {
        var event = new MailAddressClaimedEvent(new MailAddress("bob@acme.test"), new TenantId("acme"), "m-1", true);
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        var entry = new GenericDomainEventEntry<>("MailAddressClaim", "bob@acme.test", 0, "e-1", Instant.now(),
                "eu.dezky.api.member.MailAddressClaimedEvent", null, stored.getData(),
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData());

        IntermediateEventRepresentation upcast = new EventUpcasterChain(new MovedEventTypesUpcaster())
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer))).findFirst().orElseThrow();

        assertThat(upcast.getType().getName()).isEqualTo(MailAddressClaimedEvent.class.getName());
        Object read = serializer.deserialize(upcast.getData(byte[].class));
        assertThat(read).isEqualTo(event);
    }
}
