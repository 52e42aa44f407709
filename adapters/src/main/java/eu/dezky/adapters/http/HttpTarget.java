package eu.dezky.adapters.http;

import okhttp3.HttpUrl;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Everything a client needs to reach one external system. {@code authorization} supplies the whole
 * {@code Authorization} header value ({@code Bearer …} or {@code Basic …}) per request, so rotated
 * credentials are picked up without a restart; it is never logged.
 *
 * @param connectTimeout        TCP/TLS connect timeout of one attempt
 * @param readTimeout           longest silence while waiting for response bytes in one attempt
 * @param callTimeout           bound of one whole attempt (retries each get a fresh one)
 * @param maxConcurrentRequests requests in flight at once towards this target
 * @param maxRequestsPerMinute  requests started in any sliding minute towards this target
 */
public record HttpTarget(String name, HttpUrl baseUrl, Supplier<String> authorization, Duration connectTimeout,
                         Duration readTimeout, Duration callTimeout, int maxConcurrentRequests,
                         int maxRequestsPerMinute, RetryPolicy retry) {

    /** Validates limits; the base URL must end in {@code /} so relative paths resolve under it. */
    public HttpTarget {
        if (!baseUrl.encodedPath().endsWith("/")) {
            throw new IllegalArgumentException("base URL must end with '/': " + baseUrl);
        }
        if (maxConcurrentRequests < 1 || maxRequestsPerMinute < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * A target with the defaults: 5 s connect, 30 s read, 60 s per attempt, 4 concurrent requests and
     * 1,000 per minute (Stalwart's documented defaults, reasonable for the others), default retries.
     */
    public static HttpTarget of(String name, String baseUrl, Supplier<String> authorization) {
        return new HttpTarget(name, HttpUrl.get(baseUrl), authorization, Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(60), 4, 1000, RetryPolicy.defaults());
    }

    /** A copy with other timeouts. */
    public HttpTarget withTimeouts(Duration connect, Duration read, Duration call) {
        return new HttpTarget(name, baseUrl, authorization, connect, read, call, maxConcurrentRequests,
                maxRequestsPerMinute, retry);
    }

    /** A copy with other client-side limits. */
    public HttpTarget withLimits(int concurrent, int perMinute) {
        return new HttpTarget(name, baseUrl, authorization, connectTimeout, readTimeout, callTimeout, concurrent,
                perMinute, retry);
    }

    /** A copy with another retry policy. */
    public HttpTarget withRetry(RetryPolicy policy) {
        return new HttpTarget(name, baseUrl, authorization, connectTimeout, readTimeout, callTimeout,
                maxConcurrentRequests, maxRequestsPerMinute, policy);
    }
}
