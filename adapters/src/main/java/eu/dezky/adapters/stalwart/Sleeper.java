package eu.dezky.adapters.stalwart;

import java.time.Duration;

/** Waits between attempts; injected so tests do not sleep. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
