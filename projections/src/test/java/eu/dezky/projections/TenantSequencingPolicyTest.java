package eu.dezky.projections;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events are sequenced per tenant; one whose stored payload cannot be read gets its aggregate's sequence instead. */
class TenantSequencingPolicyTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder().build();
    private final TenantSequencingPolicy policy = new TenantSequencingPolicy();

    @Test
    void aTenantsEventsShareOneSequence() {
        var created = new TenantCreatedEvent(new TenantId("acme"), "Acme", new TenantOwner("owner", new EmailAddress("owner@acme.test")), null);
        assertThat(policy.getSequenceIdentifierFor(stored("acme", serializer.serialize(created, byte[].class))))
                .isEqualTo("tenant:acme");
    }

    @Test
    void anUnreadablePayloadFallsBackToItsAggregate() {
        SerializedObject<byte[]> broken = new SimpleSerializedObject<>("{\"tenantId\":".getBytes(StandardCharsets.UTF_8),
                byte[].class, TenantCreatedEvent.class.getName(), null);
        var event = stored("acme", broken);
        assertThatThrownBy(event::getPayload).isInstanceOf(SerializationException.class);

        assertThat(policy.getSequenceIdentifierFor(event)).isEqualTo("acme");
    }

    private GenericDomainEventMessage<Object> stored(String aggregate, SerializedObject<byte[]> payload) {
        SerializedObject<byte[]> metaData = serializer.serialize(MetaData.emptyInstance(), byte[].class);
        return new GenericDomainEventMessage<>("TenantAggregate", aggregate, 0,
                new SerializedMessage<>("e-1", payload, metaData, serializer), Instant::now);
    }
}
