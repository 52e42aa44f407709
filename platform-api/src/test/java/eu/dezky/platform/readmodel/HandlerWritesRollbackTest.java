package eu.dezky.platform.readmodel;

import eu.dezky.platform.support.SandboxComponentTest;
import eu.dezky.projections.readmodel.ReadModelTemplate;
import eu.dezky.projections.readmodel.WriteBatch;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Through the engine's own handler definition: a projection handler that fails half-way leaves none of its writes in
 * the batch, while what the batch's other events wrote is committed.
 */
@SandboxComponentTest
class HandlerWritesRollbackTest {

    @Document("rollback_probes")
    record Probe(@Id String id, String value) {
    }

    /** Writes one document, fails on "fail…", then writes a second. */
    static class HalfWayProjection {

        private final ReadModelTemplate mongo;

        HalfWayProjection(ReadModelTemplate mongo) {
            this.mongo = mongo;
        }

        @EventHandler
        void on(String payload) {
            mongo.save(new Probe("first-" + payload, payload));
            if (payload.startsWith("fail")) {
                throw new IllegalStateException("failed half-way");
            }
            mongo.save(new Probe("second-" + payload, payload));
        }
    }

    @Autowired
    Configuration axon;
    @Autowired
    ReadModelTemplate template;

    @AfterEach
    void drop() {
        template.dropCollection(Probe.class);
    }

    @Test
    void aHandlerThatFailsHalfWayLeavesNoneOfItsWritesAndTheBatchKeepsTheRest() throws Exception {
        var handlers = new AnnotationEventHandlerAdapter(new HalfWayProjection(template), axon.parameterResolverFactory(),
                axon.handlerDefinition(HalfWayProjection.class));
        try (WriteBatch batch = template.begin()) {
            handlers.handle(GenericEventMessage.asEventMessage("ok"));
            assertThatThrownBy(() -> handlers.handle(GenericEventMessage.asEventMessage("fail")))
                    .hasMessage("failed half-way");
            handlers.handle(GenericEventMessage.asEventMessage("later"));
            batch.commit();
        }

        assertThat(template.findAll(Probe.class)).extracting(Probe::id)
                .containsExactlyInAnyOrder("first-ok", "second-ok", "first-later", "second-later");
    }
}
