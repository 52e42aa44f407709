package eu.dezky.sandbox.fault;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Releases every hanging request at once when the faults are cleared or the simulator stops. */
final class HangLatch {

    private final CountDownLatch latch = new CountDownLatch(1);

    void await(Duration max) throws InterruptedException {
        latch.await(max.toMillis(), TimeUnit.MILLISECONDS);
    }

    void release() {
        latch.countDown();
    }
}
