package eu.dezky.adapters.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.adapters.notifications.PublicEvent;
import eu.dezky.adapters.notifications.payload.MemberData;
import eu.dezky.adapters.notifications.payload.PartnerStaffData;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.CloudEventUtils;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.jackson.PojoCloudEventDataMapper;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventRecordsTest {

    private final CloudEventRecords records = new CloudEventRecords("dezky.lifecycle");
    private final PublicEvent suspended = new PublicEvent("eu.dezky.member.suspended.v1",
            new MemberData("acme", "0b6d1f52-6a4e-4d77-9d1a-3b6c1b0e9f10", "SUSPENDED"));

    @Test
    void aRecordIsABinaryModeCloudEventKeyedByTheTenantThatAConsumerReadsBack() {
        Instant time = Instant.parse("2026-11-02T10:15:30.123Z");
        ProducerRecord<String, byte[]> record = records.record("3c1b2c9e-0d7a-4c1e-9f6e-4f1b7a8e2d10", time,
                new Actor("alice-sub", "customer-admin"), suspended);

        assertThat(record.topic()).isEqualTo("dezky.lifecycle");
        assertThat(record.key()).isEqualTo("acme");
        assertThat(record.timestamp()).as("left to the producer").isNull();
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("eu.dezky.member.suspended.v1");
        assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .isEqualTo("{\"tenant\":\"acme\",\"memberId\":\"0b6d1f52-6a4e-4d77-9d1a-3b6c1b0e9f10\",\"status\":\"SUSPENDED\"}");

        CloudEvent event = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
        assertThat(event.getId()).isEqualTo("3c1b2c9e-0d7a-4c1e-9f6e-4f1b7a8e2d10");
        assertThat(event.getSource()).isEqualTo(URI.create("/tenants/acme"));
        assertThat(event.getSubject()).isEqualTo("0b6d1f52-6a4e-4d77-9d1a-3b6c1b0e9f10");
        assertThat(event.getTime()).isEqualTo(time.atOffset(ZoneOffset.UTC));
        assertThat(event.getDataSchema()).isEqualTo(URI.create("urn:dezky:schema:eu.dezky.member.suspended.v1"));
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension("actor")).isEqualTo("alice-sub");
        assertThat(event.getExtension("actoraudience")).isEqualTo("customer-admin");
        PojoCloudEventData<MemberData> data = CloudEventUtils.mapData(event,
                PojoCloudEventDataMapper.from(new ObjectMapper(), MemberData.class));
        assertThat(data.getValue()).isEqualTo(suspended.data());
    }

    @Test
    void aPartnersOwnEventIsKeyedByThePartnerAndComesFromItsSource() {
        PublicEvent added = new PublicEvent("eu.dezky.partner.staff-added.v1",
                new PartnerStaffData("p_0123456789abcdef", "carol-sub", "admin"));
        ProducerRecord<String, byte[]> record = records.record("id-2", Instant.now(),
                new Actor("op-sub", "operator"), added);

        assertThat(record.key()).isEqualTo("p_0123456789abcdef");
        CloudEvent event = KafkaMessageFactory.createReader(record.headers(), record.value()).toEvent();
        assertThat(event.getSource()).isEqualTo(URI.create("/partners/p_0123456789abcdef"));
        assertThat(event.getSubject()).isEqualTo("carol-sub");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"partnerId\":\"p_0123456789abcdef\","
                + "\"staffSubject\":\"carol-sub\",\"role\":\"admin\"}");
    }

    @Test
    void anEventTheEngineCausedItselfHasNoActorAndAStatusFreePayloadLeavesTheStatusOut() {
        PublicEvent loggedOut = new PublicEvent("eu.dezky.member.logged-out.v1", new MemberData("acme", "m-1", null));
        ProducerRecord<String, byte[]> record = records.record("id-1", Instant.now(), Actor.NONE, loggedOut);

        assertThat(record.headers().lastHeader("ce_actor")).isNull();
        assertThat(record.headers().lastHeader("ce_actoraudience")).isNull();
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{\"tenant\":\"acme\",\"memberId\":\"m-1\"}");
    }
}
