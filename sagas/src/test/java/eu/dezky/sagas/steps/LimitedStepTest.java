package eu.dezky.sagas.steps;

import com.sun.net.httpserver.HttpServer;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpTarget;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.FixtureClock;
import eu.dezky.sagas.SagaFixtures;
import okhttp3.Request;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A step whose call the client-side limiter holds back is rescheduled on a retry deadline, not held: the handler
 * returns without any thread having waited, the step shows as waiting, and it completes once the limit frees.
 */
class LimitedStepTest {

    private final Script script = new Script();
    private final AtomicInteger served = new AtomicInteger();
    private final List<Duration> waited = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private SagaTestFixture<ScriptedSaga> fixture;
    private HttpExecutor http;

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            served.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        fixture = SagaFixtures.of(ScriptedSaga.class, script, StepEngineTest.SIM);
        // one request per minute: the first step takes the only token, the second must wait for the next
        HttpTarget target = HttpTarget.of("sim", "http://127.0.0.1:" + server.getAddress().getPort() + "/", () -> "x")
                .withLimits(4, 1);
        http = HttpExecutor.builder(target).clock(FixtureClock.reading(fixture)).sleeper(waited::add).build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Step.Action call() {
        return () -> {
            http.expectSuccess("GET ping", new Request.Builder().url(http.url("ping").build()).get().build());
            return Done.plain();
        };
    }

    @Test
    void aStepTheLimiterHoldsBackIsRescheduledRatherThanHeldAndCompletesWhenTheLimitFrees() {
        script.next("do A", call()).next("do B", call(), call());

        fixture.givenNoPriorActivity()
                .whenPublishingA(StepEngineTest.started(GiveUp.COMPENSATE, "A", "B"))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(1), ScriptedSaga.RETRY);
        assertThat(waited).as("no thread waited for the rate").isEmpty();
        assertThat(served.get()).as("the held-back call never reached the system").isEqualTo(1);
        assertThat(script.reports).containsExactly("A DONE",
                "B RETRYING GET ping: client-side limit of 1 requests/min reached");
        StepReport waiting = script.details.get(1);
        assertThat(waiting.state()).isEqualTo(StepState.RETRYING);
        assertThat(waiting.attempt()).as("being held back is no failed try").isZero();
        assertThat(script.ends).isEmpty();

        fixture.whenTimeElapses(Duration.ofMinutes(1))
                .expectTriggeredDeadlinesWithName(ScriptedSaga.RETRY)
                .expectNoScheduledDeadlines();
        assertThat(served.get()).isEqualTo(2);
        assertThat(script.reports).last().isEqualTo("B DONE");
        assertThat(script.ends).singleElement().satisfies(end -> assertThat(end.failed()).isFalse());
        assertThat(waited).isEmpty();
    }

    @Test
    void aStepIsLetInWithAllItsRequestsOrNoneSoItIsNeverThrottledHalfwayAndStartedOver() {
        limitedTo(60); // a bucket of two, refilled about once a second
        script.requests.put("B", 2);
        script.next("do A", call()).next("do B", calls(2), calls(2));

        fixture.givenNoPriorActivity()
                .whenPublishingA(StepEngineTest.started(GiveUp.COMPENSATE, "A", "B"));
        assertThat(served.get()).as("B's first call is not let in without its second").isEqualTo(1);
        assertThat(script.reports).containsExactly("A DONE",
                "B RETRYING Sim: waiting for the client-side request limit (2 requests)");
        assertThat(script.details.get(1).attempt()).as("being held back is no failed try").isZero();

        fixture.whenTimeElapses(Duration.ofSeconds(3))
                .expectTriggeredDeadlinesWithName(ScriptedSaga.RETRY);
        assertThat(served.get()).as("B ran once, whole").isEqualTo(3);
        assertThat(script.reports).last().isEqualTo("B DONE");
        assertThat(script.ends).singleElement().satisfies(end -> assertThat(end.failed()).isFalse());
        assertThat(waited).isEmpty();
    }

    @Test
    void aStepStillHeldBackWhenItsDeadlineComesWaitsOnWithoutSayingSoAgain() {
        limitedTo(120); // a bucket of four
        script.requests.put("B", 4);
        script.next("do A", call()).next("do B", calls(4));

        fixture.givenNoPriorActivity()
                .whenPublishingA(StepEngineTest.started(GiveUp.COMPENSATE, "A", "B"));
        assertThat(script.reports).hasSize(2).last().asString().startsWith("B RETRYING Sim: waiting");
        Duration firstWait = Duration.between(fixture.currentTime(), script.details.get(1).nextAttemptAt());

        // just before B comes back, another caller takes what has refilled
        fixture.whenTimeElapses(firstWait.minusMillis(50));
        assertThatThrownBy(() -> {
            while (true) {
                call().run();
            }
        }).isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.throttled()).isTrue());
        int servedBefore = served.get();
        fixture.whenTimeElapses(Duration.ofMillis(100)).expectTriggeredDeadlinesWithName(ScriptedSaga.RETRY);
        assertThat(served.get()).as("B still not let in").isEqualTo(servedBefore);
        assertThat(script.reports).as("waiting on is not reported again").hasSize(2);

        fixture.whenTimeElapses(Duration.ofSeconds(10));
        assertThat(script.reports).hasSize(3).last().isEqualTo("B DONE");
    }

    @Test
    void anUndoAlsoWaitsForAllItsRequestsBeforeItsFirstCall() {
        limitedTo(60); // a bucket of two, refilled about once a second
        script.requests.put("A", 2);
        script.next("do A", calls(2)).next("do B", new StepFailed("B is refused")).next("undo A", calls(2));

        fixture.givenNoPriorActivity()
                .whenPublishingA(StepEngineTest.started(GiveUp.COMPENSATE, "A", "B"));
        fixture.whenTimeElapses(Duration.ofMillis(1500)); // B gets its token back, fails, and gives it back
        assertThat(served.get()).as("A's two calls, none of its undo's").isEqualTo(2);
        assertThat(script.reports).containsExactly("A DONE",
                "B RETRYING Sim: waiting for the client-side request limit (1 requests)", "B FAILED B is refused",
                "B COMPENSATED", "A RETRYING undoing: Sim: waiting for the client-side request limit (2 requests)");

        fixture.whenTimeElapses(Duration.ofSeconds(5));
        assertThat(served.get()).as("the undo ran once, whole").isEqualTo(4);
        assertThat(script.reports).last().asString().startsWith("A COMPENSATED");
        assertThat(script.ends).singleElement().satisfies(end -> assertThat(end.failed()).isTrue());
    }

    /** The steps' system limited to {@code perMinute} requests, its steps reserving theirs with the limiter. */
    private void limitedTo(int perMinute) {
        HttpTarget target = HttpTarget.of("sim", "http://127.0.0.1:" + server.getAddress().getPort() + "/", () -> "x")
                .withLimits(4, perMinute);
        http = HttpExecutor.builder(target).clock(FixtureClock.reading(fixture)).sleeper(waited::add).build();
        fixture.registerResource(StepEngineTest.SIM.withAdmission(http.admission()));
    }

    /** A step action making {@code n} calls. */
    private Step.Action calls(int n) {
        Step.Action one = call();
        return () -> {
            Done last = null;
            for (int i = 0; i < n; i++) {
                last = one.run();
            }
            return last;
        };
    }

    /** The fixture's time, for the limiter's bucket. */
}
