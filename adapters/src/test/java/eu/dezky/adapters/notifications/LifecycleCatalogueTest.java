package eu.dezky.adapters.notifications;

import eu.dezky.adapters.kafka.Actor;
import eu.dezky.adapters.kafka.CloudEventRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleCatalogueTest {

    private static final Catalogue CATALOGUE = LifecycleCatalogue.CATALOGUE;
    private static final LifecycleDocument DOCUMENT = LifecycleDocument.get();
    private final CloudEventRecords records = new CloudEventRecords("dezky.lifecycle");

    @Test
    void everyRuleTurnsItsInternalEventIntoItsPublicTypeAndTheSamplesCoverEveryType() {
        Map<Object, String> samples = InternalEventSamples.publicOnes();
        samples.forEach((internal, type) -> assertThat(CATALOGUE.map(internal)).as(internal.toString())
                .hasValueSatisfying(event -> assertThat(event.type()).isEqualTo(type)));
        assertThat(samples.values()).containsAll(CATALOGUE.types());
    }

    @Test
    void everyTypeTheCatalogueCanEmitIsAMessageOfTheAsyncApiDocumentWithItsOwnSchema() {
        assertThat(DOCUMENT.messageTypes()).containsExactlyInAnyOrderElementsOf(CATALOGUE.types());
        for (String type : CATALOGUE.types()) {
            assertThat(DOCUMENT.schema(type).path("$id").asText()).isEqualTo(PublicEvent.SCHEMA_PREFIX + type);
            assertThat(DOCUMENT.document().at("/components/messages/" + type.replace("/", "~1") + "/payload/$ref").asText())
                    .isEqualTo("#/components/schemas/" + type);
        }
        assertThat(DOCUMENT.document().path("asyncapi").asText()).isEqualTo("3.0.0");
    }

    @Test
    void everyPublicEventMatchesItsSchemaAndCarriesNoSecretReasonOrVendorId() {
        InternalEventSamples.publicOnes().keySet().forEach(internal -> {
            PublicEvent event = CATALOGUE.map(internal).orElseThrow();
            ProducerRecord<String, byte[]> record = records.record(UUID.randomUUID().toString(), Instant.now(),
                    new Actor("alice-sub", "customer-admin"), event);

            assertThat(DOCUMENT.problems(headers(record), record.value())).as(event.type()).isEmpty();
            String bytes = record.key() + headers(record) + new String(record.value(), StandardCharsets.UTF_8);
            InternalEventSamples.SECRETS.forEach(secret -> assertThat(bytes).as(event.type()).doesNotContain(secret));
        });
    }

    @Test
    void aWrongPayloadOrAnUnknownTypeFailsTheDocumentCheck() {
        PublicEvent event = CATALOGUE.map(InternalEventSamples.publicOnes().keySet().iterator().next()).orElseThrow();
        ProducerRecord<String, byte[]> record = records.record(UUID.randomUUID().toString(), Instant.now(), Actor.NONE, event);
        Map<String, String> headers = headers(record);

        assertThat(DOCUMENT.problems(headers, "{\"tenant\":\"acme\"}".getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        headers.put("ce_type", "eu.dezky.tenant.exploded.v1");
        assertThat(DOCUMENT.problems(headers, record.value())).anyMatch(p -> p.contains("not a message"));
    }

    @Test
    void internalEventsStayInternal() {
        InternalEventSamples.internalOnes().forEach(internal ->
                assertThat(CATALOGUE.map(internal)).as(internal.getClass().getSimpleName()).isEmpty());
    }

    static Map<String, String> headers(ProducerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
