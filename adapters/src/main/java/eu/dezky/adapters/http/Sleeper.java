package eu.dezky.adapters.http;

import java.time.Duration;

/** Waits; injectable so tests assert backoff lengths without spending wall time on them. */
@FunctionalInterface
public interface Sleeper {

    /** The real thing: {@link Thread#sleep(long)}. */
    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
