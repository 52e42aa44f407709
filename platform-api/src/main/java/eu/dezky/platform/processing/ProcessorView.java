package eu.dezky.platform.processing;

import eu.dezky.platform.replay.RebuildStatus;

import java.util.List;

/**
 * One event processor as operators see it. {@code status} is {@code running}, {@code replaying} (with
 * {@code progress} from 0 to 1), {@code error} (with {@code error}, the last failure) or {@code stopped}.
 * {@code position} is the lowest position all its segments have reached, {@code head} the newest event in the store;
 * the lag is how many events lie between and how old the oldest of them is. A projection also shows the generation
 * of the read model it serves and its latest rebuild.
 */
public record ProcessorView(String name, String kind, boolean replayable, String status, Double progress, String error,
                            Long position, Long head, Long lagEvents, Double lagSeconds, List<Segment> segments,
                            Integer generation, RebuildStatus replay, Long deadLetters) {

    /** One segment this engine is processing: its mask, position and state. */
    public record Segment(int id, int mask, Long position, boolean caughtUp, boolean replaying, String error) {
    }
}
