package eu.dezky.platform.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Waits, over {@code GET /api/operator/processors}, until the engine is at rest: no event stored for a while and
 * every event processor (projections, sagas, policies) at the store's head. Tests that compare read models taken at
 * different moments start from there.
 */
public final class Quiet {

    private final Api api;
    private final String operator;

    public Quiet(Api api) {
        this.api = api;
        this.operator = api.token("op-quiet", "operator");
    }

    /** The store's head once the engine is at rest. */
    public long settle() {
        AtomicLong lastHead = new AtomicLong(Long.MIN_VALUE);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(700)).until(() -> {
            JsonNode processors = processors();
            long head = processors.isEmpty() ? -1 : processors.get(0).path("head").asLong(-1);
            boolean caughtUp = true;
            for (JsonNode processor : processors) {
                caughtUp &= !processor.hasNonNull("lagEvents") || processor.get("lagEvents").asLong() == 0;
                caughtUp &= !"replaying".equals(processor.path("status").asText());
            }
            return caughtUp && lastHead.getAndSet(head) == head;
        });
        return lastHead.get();
    }

    public JsonNode processors() {
        Api.Response response = api.get("/api/operator/processors", operator);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
