package eu.dezky.platform.replay;

import java.time.Instant;
import java.util.Set;

/**
 * Where a rebuild stands: {@code phase} building, switching, done or failed; {@code progress} from 0 to 1 against
 * the store's head when it started; {@code eventsPerSecond} over every event of the store it went through;
 * {@code collections} the read model's collections it wrote; {@code skippedEvents} the events its handlers failed on,
 * which the new generation lacks (each is logged; the live processor's dead letters of the group are dropped at the
 * switch, as the rebuild went through their events too).
 */
public record RebuildStatus(String group, int generation, String phase, double progress, Long position,
                            long headAtStart, Instant startedAt, Instant finishedAt, long eventsPerSecond,
                            String error, Set<String> collections, long skippedEvents) {

    /** Still building or switching. */
    public boolean active() {
        return phase.equals("building") || phase.equals("switching");
    }
}
