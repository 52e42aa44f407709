package eu.dezky.adapters.stalwart;

import eu.dezky.adapters.http.AdapterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StalwartClientFaultTest {

    private final SimulatorFixture fixture = new SimulatorFixture(Duration.ofHours(1));
    private final StalwartClient client = fixture.client;
    private final String domainId = client.createOrAdoptDomain("example.com").id();

    @AfterEach
    void checkContractAndStop() {
        try {
            fixture.assertTrafficMatchesSchema();
        } finally {
            fixture.close();
        }
    }

    private NewAccount alice() {
        return new NewAccount("alice", domainId, null, "correct-horse-1");
    }

    @Test
    void serverErrorsAreRetriedWithBackoff() {
        fixture.simulator.faults().failNext("x:Account/set", 2, 503);
        client.createOrAdoptAccount(alice());
        assertThat(fixture.simulator.callCount("x:Account/set")).isEqualTo(3);
        assertThat(fixture.sleeps).hasSize(2);
        assertThat(fixture.simulator.inspect().accounts()).hasSize(1);
    }

    @Test
    void throttlingEndsTheCallAtOnceWithTheServersRetryAfter() {
        fixture.simulator.faults().throttleNext("x:Account/query", 1, Duration.ofSeconds(2));
        assertThatThrownBy(() -> client.createOrAdoptAccount(alice()))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.throttled()).isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
                });
        assertThat(fixture.sleeps).isEmpty();
        client.createOrAdoptAccount(alice());
        assertThat(fixture.simulator.inspect().accounts()).hasSize(1);
    }

    @Test
    void retryAfterBeyondTheBackoffCapIsHandedToTheCaller() {
        fixture.simulator.faults().throttleNext("x:Account/query", 1, Duration.ofMinutes(10));
        assertThatThrownBy(() -> client.createOrAdoptAccount(alice()))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.TRANSIENT);
                    assertThat(e.retryAfter()).contains(Duration.ofMinutes(10));
                });
        assertThat(fixture.sleeps).isEmpty();
    }

    @Test
    void persistentFailureEndsAsTransientAfterTheLastAttempt() {
        int before = fixture.simulator.callCount("x:Domain/get");
        fixture.simulator.faults().failNext("x:Domain/get", 10, 500);
        assertThatThrownBy(() -> client.getDomain(domainId))
                .isInstanceOfSatisfying(AdapterException.class,
                        e -> assertThat(e.kind()).isEqualTo(AdapterException.Kind.TRANSIENT));
        assertThat(fixture.simulator.callCount("x:Domain/get") - before).as("attempts").isEqualTo(4);
    }

    @Test
    void aHangingServerTimesOutAndIsRetried() {
        int before = fixture.simulator.callCount("x:Domain/get");
        fixture.simulator.faults().hangNext("x:Domain/get", 1);
        assertThat(client.getDomain(domainId).name()).isEqualTo("example.com");
        assertThat(fixture.simulator.callCount("x:Domain/get") - before).as("attempts").isEqualTo(2);
    }

    @Test
    void aCrashAfterTheCreateAdoptsTheAccountInsteadOfDuplicatingIt() {
        fixture.simulator.faults().crashNext("x:Account/set", 1, true);
        StalwartAccount account = client.createOrAdoptAccount(alice());
        assertThat(fixture.simulator.inspect().accounts()).hasSize(1);
        assertThat(account.emailAddress()).isEqualTo("alice@example.com");
    }

    @Test
    void aCrashBeforeProcessingIsRetried() {
        fixture.simulator.faults().crashNext("x:Account/set", 1, false);
        client.createOrAdoptAccount(alice());
        assertThat(fixture.simulator.callCount("x:Account/set")).isEqualTo(2);
    }

    @Test
    void wrongCredentialsAreRejectedWithoutRetry() {
        StalwartClient intruder = new StalwartClient(fixture.executor("wrong"));
        assertThatThrownBy(() -> intruder.getDomain(domainId))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AdapterException.Kind.REJECTED);
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.getMessage()).doesNotContain(StalwartClient.basic("admin", "wrong"));
                });
        assertThat(fixture.sleeps).isEmpty();
    }
}
