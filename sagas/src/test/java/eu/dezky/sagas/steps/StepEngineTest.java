package eu.dezky.sagas.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.SagaFixtures;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the step engine promises every saga, on a saga that is nothing but a table of scripted steps. */
class StepEngineTest {

    static final SystemSettings SIM = new SystemSettings("Sim", true, 3,
            new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(15), 0));
    static final String ID = "run-1";

    private final Script script = new Script();
    private SagaTestFixture<ScriptedSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(ScriptedSaga.class, script, SIM);
    }

    static ScriptedSaga.Started started(GiveUp policy, String... objects) {
        return new ScriptedSaga.Started(ID, List.of(objects), policy);
    }

    /** A refusal in the admin's words (the run's reason), then with the vendor's answer (the step's detail). */
    static final String REFUSED_REASON = "Sim refused: it does not accept a value of the request (a name or an address)";
    static final String REFUSED = REFUSED_REASON + " [sim: REJECTED (HTTP 400): refused]";

    static AdapterException unavailable() {
        return new AdapterException(AdapterException.Kind.TRANSIENT, "sim", 503, "unavailable", null, null);
    }

    static AdapterException refused() {
        return new AdapterException(AdapterException.Kind.REJECTED, "sim", 400, "refused", null, null);
    }

    @Test
    void everyStepRunsInOrderAndTheRunCompletes() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(started(GiveUp.COMPENSATE, "A", "B", "C"))
                .expectNoScheduledDeadlines();
        assertThat(script.calls).containsExactly("do A", "do B", "do C");
        assertThat(script.reports).containsExactly("A DONE", "B DONE", "C DONE");
        assertThat(script.ends).singleElement().satisfies(end -> assertThat(end.failed()).isFalse());
    }

    @Test
    void aTransientFailureIsRetriedOnAPersistentDeadlineThenSucceeds() {
        script.next("do B", unavailable());
        Instant start = fixture.currentTime();
        fixture.givenNoPriorActivity()
                .whenPublishingA(started(GiveUp.COMPENSATE, "A", "B", "C"))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(30), ScriptedSaga.RETRY);
        assertThat(script.reports).containsExactly("A DONE", "B RETRYING unavailable");
        StepReport retrying = script.details.get(1);
        assertThat(retrying.attempt()).isEqualTo(1);
        assertThat(retrying.maxAttempts()).isEqualTo(3);
        assertThat(retrying.nextAttemptAt()).isEqualTo(start.plusSeconds(30));

        fixture.whenTimeElapses(Duration.ofSeconds(31))
                .expectTriggeredDeadlinesWithName(ScriptedSaga.RETRY)
                .expectNoScheduledDeadlines();
        assertThat(script.calls).containsExactly("do A", "do B", "do B", "do C");
        assertThat(script.reports).endsWith("B DONE", "C DONE");
        assertThat(script.details.get(2).attempt()).as("the done report says how often it failed").isEqualTo(1);
        assertThat(script.ends).singleElement().satisfies(end -> assertThat(end.failed()).isFalse());
    }

    @Test
    void theBackoffDoublesWithEveryFailedTry() {
        script.always("do A", unavailable());
        fixture.givenAggregate(ID).published(started(GiveUp.COMPENSATE, "A"))
                .whenTimeElapses(Duration.ofSeconds(30))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(60), ScriptedSaga.RETRY);
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonoured() {
        script.next("do A", new AdapterException(AdapterException.Kind.TRANSIENT, "sim", 503, "maintenance",
                Duration.ofMinutes(5), null));
        Instant start = fixture.currentTime();
        fixture.givenNoPriorActivity()
                .whenPublishingA(started(GiveUp.COMPENSATE, "A"))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(5), ScriptedSaga.RETRY);
        assertThat(script.details.get(0).attempt()).isEqualTo(1);
        assertThat(script.details.get(0).nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aThrottledCallWaitsAsToldWithoutCountingAnAttempt() {
        AdapterException throttled = new AdapterException(AdapterException.Kind.TRANSIENT, "sim", 429, "slow down",
                Duration.ofSeconds(7), null);
        assertThat(throttled.throttled()).isTrue();
        script.next("do A", throttled, throttled, throttled, throttled, throttled);
        fixture.givenNoPriorActivity()
                .whenPublishingA(started(GiveUp.COMPENSATE, "A"))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(7), ScriptedSaga.RETRY);
        assertThat(script.details.get(0).state()).isEqualTo(StepState.RETRYING);
        assertThat(script.details.get(0).attempt()).as("a throttle is not a failed try").isZero();

        // five throttles with a limit of three tries: still no give-up, then it goes through
        fixture.whenTimeElapses(Duration.ofMinutes(1));
        assertThat(script.calls).containsExactly("do A", "do A", "do A", "do A", "do A", "do A");
        assertThat(script.reports).last().isEqualTo("A DONE");
        assertThat(script.ends).singleElement().satisfies(end -> assertThat(end.failed()).isFalse());
    }

    @Test
    void aClientSideLimiterThrottlesTheSameWay() {
        script.next("do A", AdapterException.throttled("sim", "client-side limit reached", Duration.ofSeconds(12)));
        fixture.givenNoPriorActivity()
                .whenPublishingA(started(GiveUp.COMPENSATE, "A"))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(12), ScriptedSaga.RETRY);
        assertThat(script.details.get(0).attempt()).isZero();
    }

    @Test
    void aStepThatIsNotReadyYetIsLookedAtAgainWithoutCountingAnAttempt() {
        script.next("do A", new NotYet(Duration.ofSeconds(15), "waiting for keys"),
                new NotYet(Duration.ofSeconds(15), "waiting for keys"), new NotYet(Duration.ofSeconds(15), "waiting"),
                new NotYet(Duration.ofSeconds(15), "waiting for keys"));
        fixture.givenNoPriorActivity()
                .whenPublishingA(started(GiveUp.COMPENSATE, "A"))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(15), ScriptedSaga.RETRY);
        fixture.whenTimeElapses(Duration.ofMinutes(2));
        assertThat(script.reports).last().isEqualTo("A DONE");
    }

    @Test
    void aStepGivenUpUndoesTheDoneStepsInReverseThenFails() {
        script.always("do C", refused());
        fixture.givenNoPriorActivity()
                .whenPublishingA(started(GiveUp.COMPENSATE, "A", "B", "C"))
                .expectNoScheduledDeadlines();
        assertThat(script.calls).containsExactly("do A", "do B", "do C", "done? C", "undo C", "undo B", "undo A");
        assertThat(script.reports).containsExactly("A DONE", "B DONE", "C FAILED " + REFUSED,
                "C COMPENSATED", "B COMPENSATED", "A COMPENSATED");
        assertThat(script.ends).singleElement().satisfies(end -> {
            assertThat(end.failed()).isTrue();
            assertThat(end.reason()).isEqualTo(REFUSED_REASON);
            assertThat(end.leftovers()).isEmpty();
        });
    }

    @Test
    void exhaustedAttemptsGiveUpSayingHowOftenItWasTried() {
        script.always("do B", unavailable());
        fixture.givenAggregate(ID).published(started(GiveUp.COMPENSATE, "A", "B"))
                .whenTimeElapses(Duration.ofMinutes(5));
        assertThat(script.reports).containsSubsequence("B RETRYING unavailable", "B RETRYING unavailable",
                "B FAILED Sim could not be reached after 3 attempts (last: it had an internal error (HTTP 503))"
                        + " [sim: TRANSIENT (HTTP 503): unavailable]", "A COMPENSATED");
        assertThat(script.calls.stream().filter("do B"::equals)).hasSize(3);
    }

    @Test
    void anUndoOfAFailedTryThatFindsNothingOfOursIsNotReported() {
        script.always("do B", refused()).next("undo B", (Object) null);
        fixture.givenNoPriorActivity().whenPublishingA(started(GiveUp.COMPENSATE, "A", "B"));
        assertThat(script.calls).contains("undo B");
        assertThat(script.reports).containsExactly("A DONE", "B FAILED " + REFUSED, "A COMPENSATED");
    }

    @Test
    void anUndoThatKeepsFailingIsParkedAsNeedsAttentionAndTheOthersAreStillUndone() {
        script.always("do C", refused()).always("undo B", unavailable());
        fixture.givenAggregate(ID).published(started(GiveUp.COMPENSATE, "A", "B", "C"))
                .whenTimeElapses(Duration.ofMinutes(5));
        assertThat(script.reports).containsSubsequence("C FAILED " + REFUSED, "B RETRYING undoing: unavailable",
                "B RETRYING undoing: unavailable",
                "B NEEDS_ATTENTION Sim could not be undone (it had an internal error (HTTP 503)); an operator must"
                        + " check it there [sim: TRANSIENT (HTTP 503): unavailable]",
                "A COMPENSATED");
        assertThat(script.calls).containsSubsequence("undo B", "undo B", "undo B", "undone? B", "undo A");
        StepReport parked = script.details.stream().filter(r -> r.state() == StepState.NEEDS_ATTENTION).findFirst()
                .orElseThrow();
        assertThat(parked.attempt()).isEqualTo(3);
        assertThat(parked.maxAttempts()).isEqualTo(3);
        assertThat(script.ends).singleElement().satisfies(end -> {
            assertThat(end.failed()).isTrue();
            assertThat(end.leftOver("B")).isTrue();
            assertThat(end.leftoverText()).contains("an operator must check it there");
        });
    }

    @Test
    void anUndoThatFailsButFindsItsObjectGoneCountsAsUndone() {
        script.always("do B", refused()).always("undo A", refused()).always("undone? A", Done.detail("gone"));
        fixture.givenNoPriorActivity().whenPublishingA(started(GiveUp.COMPENSATE, "A", "B"));
        assertThat(script.reports).endsWith("A COMPENSATED gone");
        assertThat(script.ends.get(0).leftovers()).isEmpty();
    }

    @Test
    void aStepThatRanOutOfAttemptsButIsFoundDoneOnALookIsDone() {
        script.always("do A", unavailable()).always("done? A", Done.detail("found"));
        fixture.givenAggregate(ID).published(started(GiveUp.COMPENSATE, "A", "B"))
                .whenTimeElapses(Duration.ofMinutes(5));
        assertThat(script.reports).containsSubsequence("A RETRYING unavailable", "A DONE found", "B DONE");
        assertThat(script.ends.get(0).failed()).isFalse();
    }

    @Test
    void theParkPolicyLeavesAFailedStepForAnOperatorAndGoesOn() {
        script.always("do B", refused());
        fixture.givenNoPriorActivity().whenPublishingA(started(GiveUp.PARK, "A", "B", "C"));
        assertThat(script.reports).containsExactly("A DONE", "B NEEDS_ATTENTION " + REFUSED, "C DONE");
        assertThat(script.ends).singleElement().satisfies(end -> {
            assertThat(end.failed()).isFalse();
            assertThat(end.leftOver("B")).isTrue();
        });
    }

    @Test
    void theStopPolicyStopsAndAGoOnContinuesWhereItStopped() {
        script.next("do B", refused());
        fixture.givenAggregate(ID).published(started(GiveUp.STOP, "A", "B", "C"))
                .whenPublishingA(new ScriptedSaga.GoOn(ID));
        assertThat(script.reports).containsExactly("A DONE", "B FAILED " + REFUSED, "B DONE", "C DONE");
        assertThat(script.calls).containsExactly("do A", "do B", "done? B", "do B", "do C");
        assertThat(script.ends).hasSize(2);
        assertThat(script.ends.get(0).failed()).isTrue();
        assertThat(script.ends.get(1).failed()).isFalse();
    }

    @Test
    void aSwitchedOffSystemSkipsItsSteps() {
        fixture.registerResource(SIM.withEnabled(false));
        fixture.givenNoPriorActivity().whenPublishingA(started(GiveUp.COMPENSATE, "A"));
        assertThat(script.calls).isEmpty();
        assertThat(script.reports).containsExactly("A SKIPPED Sim provisioning is switched off");
    }

    @Test
    void theRunSurvivesTheSagaStoresRoundTripAndResumesOnTheTableRebuiltFromState() throws Exception {
        ObjectMapper json = new ObjectMapper();
        StepRun run = new StepRun();
        run.begin("x");
        run.advance(true, "y");
        run.failedTry();
        run.retryId("deadline-7");
        String written = json.writeValueAsString(run);
        StepRun read = json.readValue(written, StepRun.class);
        assertThat(read.phase()).isEqualTo(StepRun.Phase.FORWARD);
        assertThat(read.current()).isEqualTo("y");
        assertThat(read.attempts()).isEqualTo(1);
        assertThat(read.isDone("x")).isTrue();
        assertThat(read.retryId()).isEqualTo("deadline-7");
        assertThat(written).as("small: keys and numbers only").hasSizeLessThan(200);
    }
}
