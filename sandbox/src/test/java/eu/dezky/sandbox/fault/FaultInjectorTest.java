package eu.dezky.sandbox.fault;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FaultInjectorTest {

    @Test
    void countedFaultsAreConsumedThenCallsProceed() {
        FaultInjector faults = new FaultInjector(1).failNext("op", 2, 503);

        assertThat(faults.decide("op")).isEqualTo(new Fault.Fail(503, null));
        assertThat(faults.decide("op")).isEqualTo(new Fault.Fail(503, null));
        assertThat(faults.decide("op")).isEqualTo(new Fault.Proceed(Duration.ZERO));
        assertThat(faults.calls("op")).isEqualTo(3);
    }

    @Test
    void faultsApplyOnlyToTheirOperationUnlessArmedForAny() {
        FaultInjector faults = new FaultInjector(1).crashNext("a", 1).hangNext(FaultInjector.ANY, 1);

        assertThat(faults.decide("b")).isEqualTo(new Fault.Hang());
        assertThat(faults.decide("a")).isEqualTo(new Fault.Crash());
        assertThat(faults.decide("a")).isInstanceOf(Fault.Proceed.class);
    }

    @Test
    void throttlingCarriesRetryAfter() {
        FaultInjector faults = new FaultInjector(1).throttleNext("op", 1, Duration.ofSeconds(7));

        assertThat(faults.decide("op")).isEqualTo(new Fault.Fail(429, Duration.ofSeconds(7)));
    }

    @Test
    void latencyIsAddedToCallsThatProceed() {
        FaultInjector faults = new FaultInjector(1).latency("op", Duration.ofMillis(40));

        assertThat(faults.decide("op")).isEqualTo(new Fault.Proceed(Duration.ofMillis(40)));
    }

    @Test
    void failureRateIsReproducibleForTheSameSeed() {
        assertThat(roll(new FaultInjector(7))).isEqualTo(roll(new FaultInjector(7)));
        assertThat(roll(new FaultInjector(7))).contains(true).contains(false);
    }

    @Test
    void clearRemovesFaultsCountersAndRestartsTheDice() {
        FaultInjector faults = new FaultInjector(7);
        List<Boolean> first = roll(faults);
        faults.failNext("op", 5, 500);

        faults.clear();

        assertThat(faults.calls("op")).isZero();
        assertThat(roll(faults)).isEqualTo(first);
    }

    private static List<Boolean> roll(FaultInjector faults) {
        faults.failureRate("op", 0.5, 500);
        List<Boolean> failed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            failed.add(faults.decide("op") instanceof Fault.Fail);
        }
        return failed;
    }
}
