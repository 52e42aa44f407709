package eu.dezky.platform.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How a rebuild runs ({@code dezky.replay.*}; README lists the variables): events per batch (one bulk write per
 * collection each), segments of the rebuild processor, each with a worker thread (the live processor continues with
 * that many segments), how long the switch may wait for the rebuild to reach the head, and how long the replaced
 * generation is kept for requests still reading it.
 */
@ConfigurationProperties("dezky.replay")
public record ReplaySettings(int batchSize, int segments, Duration switchTimeout, Duration keepReplaced) {

    public ReplaySettings {
        batchSize = batchSize <= 0 ? 2000 : batchSize;
        segments = segments <= 0 ? 1 : segments;
        switchTimeout = switchTimeout == null ? Duration.ofMinutes(1) : switchTimeout;
        keepReplaced = keepReplaced == null ? Duration.ofSeconds(30) : keepReplaced;
    }

    public ReplaySettings withShape(int newBatchSize, int newSegments) {
        return new ReplaySettings(newBatchSize, newSegments, switchTimeout, keepReplaced);
    }
}
