package eu.dezky.adapters.support;

import eu.dezky.adapters.http.Sleeper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Sleeper} that records each requested wait and returns at once. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
    }

    /** Every wait requested so far, in order. */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
