package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.sandbox.stalwart.Fault;
import eu.dezky.sandbox.stalwart.StalwartSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calls of concurrent callers share JMAP requests (what lets a bulk import go beyond Stalwart's request limit),
 * never more calls in one than the session's {@code maxCallsInRequest}, each caller getting its own answers.
 */
class JmapBatchingTest {

    private final SimulatorFixture fixture = new SimulatorFixture(Duration.ofHours(1));
    private final ObjectMapper json = new ObjectMapper();
    /** Patient callers, so that the batches formed here are the ones the test arranges. */
    private final JmapTransport transport = new JmapTransport(fixture.executor(
            fixture.simulator.settings().adminSecret()), json, Duration.ofMinutes(1));
    private final ExecutorService callers = Executors.newFixedThreadPool(40);
    private final String domainId = fixture.client.createOrAdoptDomain("example.com").id();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean first = new AtomicBoolean(true);

    @AfterEach
    void stop() {
        callers.shutdownNow();
        fixture.close();
    }

    private JmapTransport.MethodCall domainQuery(String name) {
        ObjectNode args = json.createObjectNode();
        args.putObject("filter").put("name", name);
        return new JmapTransport.MethodCall("x:Domain/query", args);
    }

    @Test
    void callersArrivingWhileARequestIsUnderWayShareTheNextOnesWithinTheServersLimit() throws Exception {
        transport.call("x:Domain/query", domainQuery("example.com").args());
        int before = fixture.simulator.exchanges().size();
        // the first request is held until every other caller has queued behind it
        holdFirstRequest();

        List<Future<List<JsonNode>>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String other = "absent-" + i + ".test";
            answers.add(callers.submit(() -> transport.callAll(List.of(domainQuery("example.com"), domainQuery(other)))));
            if (i == 0) {
                while (fixture.simulator.exchanges().size() == before && first.get()) {
                    Thread.sleep(1);
                }
            }
        }
        while (transport.queued() < 39) {
            Thread.sleep(1);
        }
        release.countDown();

        for (Future<List<JsonNode>> answer : answers) {
            List<JsonNode> mine = answer.get(10, TimeUnit.SECONDS);
            assertThat(mine.get(0).path("ids").get(0).asText()).isEqualTo(domainId);
            assertThat(mine.get(1).path("ids")).isEmpty();
        }
        List<StalwartSimulator.Exchange> requests = fixture.simulator.exchanges().subList(before,
                fixture.simulator.exchanges().size());
        assertThat(requests).as("the first alone, then 39 callers' 78 calls in requests of at most 16")
                .hasSize(1 + 5);
        assertThat(requests).allSatisfy(r -> assertThat(r.request().path("methodCalls").size())
                .isLessThanOrEqualTo(16));
        fixture.assertTrafficMatchesSchema();
    }

    @Test
    void aMethodErrorIsOnlyItsOwnCallersFailure() throws Exception {
        transport.call("x:Domain/query", domainQuery("example.com").args());
        holdFirstRequest();
        Future<List<JsonNode>> holder = callers.submit(() -> transport.callAll(List.of(domainQuery("example.com"))));
        while (first.get()) {
            Thread.sleep(1);
        }
        Future<List<JsonNode>> bad = callers.submit(() -> transport.callAll(List.of(
                new JmapTransport.MethodCall("x:Domain/changes", json.createObjectNode()))));
        Future<List<JsonNode>> good = callers.submit(() -> transport.callAll(List.of(domainQuery("example.com"))));
        while (transport.queued() < 2) {
            Thread.sleep(1);
        }
        release.countDown();

        assertThat(holder.get(10, TimeUnit.SECONDS)).hasSize(1);
        assertThat(good.get(10, TimeUnit.SECONDS).get(0).path("ids")).hasSize(1);
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(AdapterException.class)
                .hasMessageContaining("unknownMethod");
        List<StalwartSimulator.Exchange> all = fixture.simulator.exchanges();
        assertThat(all.get(all.size() - 1).request().path("methodCalls")).as("the two shared a request").hasSize(2);
    }

    @Test
    void aRequestThatHangsHoldsUpTheOthersNoLongerThanTheirPatience() throws Exception {
        JmapTransport impatient = new JmapTransport(fixture.executor(fixture.simulator.settings().adminSecret()),
                json, Duration.ofMillis(100));
        impatient.call("x:Domain/query", domainQuery("example.com").args());
        holdFirstRequest();
        Future<List<JsonNode>> held = callers.submit(() -> impatient.callAll(List.of(domainQuery("example.com"))));
        while (first.get()) {
            Thread.sleep(1);
        }

        List<JsonNode> other = callers.submit(() -> impatient.callAll(List.of(domainQuery("example.com"))))
                .get(5, TimeUnit.SECONDS);
        assertThat(other.get(0).path("ids")).as("answered beside the held request").hasSize(1);
        assertThat(held).isNotDone();
        release.countDown();
        assertThat(held.get(10, TimeUnit.SECONDS)).hasSize(1);
    }

    /** The simulator holds the next request until {@code release} counts down; {@code first} clears when it arrives. */
    private void holdFirstRequest() {
        fixture.simulator.gate(methods -> {
            if (first.getAndSet(false)) {
                await(release);
            }
            return Fault.none();
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
