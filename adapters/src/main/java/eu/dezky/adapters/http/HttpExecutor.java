package eu.dezky.adapters.http;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Sends requests to one {@link HttpTarget}: credentials, the limiter, logs with {@code Authorization} redacted, retries
 * of transient failures, classification. Nothing waits for the rate: without a {@link RequestLimiter} token, or on a
 * 429 (with {@code Retry-After}: throttled, else transient), the call ends at once and the saga schedules a deadline.
 *
 * <p>Transient means an {@link IOException} (timeout, refused or dropped connection), 408, or a 5xx other than 501,
 * retried up to {@link RetryPolicy#maxAttempts()} with exponential backoff and jitter; a 503's {@code Retry-After}
 * replaces the backoff (one over {@link RetryPolicy#maxBackoff()} ends the attempts). Other statuses are returned,
 * never retried. Retrying a POST whose answer was lost is safe only because callers create-or-adopt (look up by
 * natural key and ownership marker first), so a duplicate create cannot make a second object.
 */
public final class HttpExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(HttpExecutor.class);

    private final HttpTarget target;
    private final OkHttpClient client;
    private final Function<HttpResult, String> reasons;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Random random;
    private final CallListener listener;
    private final RequestLimiter limiter;

    private HttpExecutor(Builder b) {
        this.target = b.target;
        this.reasons = b.reasons;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.random = b.random;
        this.listener = b.listener;
        this.limiter = RequestLimiter.of(target, clock);
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(b.logger);
        // Headers only: bodies carry passwords (set_password, passwordProfile).
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        List.of("Authorization", "Cookie", "Set-Cookie").forEach(logging::redactHeader);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(target.connectTimeout())
                .readTimeout(target.readTimeout())
                .writeTimeout(target.readTimeout())
                .callTimeout(target.callTimeout())
                // okhttp's own silent retry would hide attempts from the policy and the limiter.
                .retryOnConnectionFailure(false)
                .addInterceptor(logging);
        b.networkInterceptors.forEach(builder::addNetworkInterceptor);
        this.client = builder.build();
    }

    /** Starts configuring an executor for {@code target}. */
    public static Builder builder(HttpTarget target) {
        return new Builder(target);
    }

    /** The target this executor talks to. */
    public HttpTarget target() {
        return target;
    }

    /** The target's limiter, through which a saga step reserves its calls before its first one. */
    public Admission admission() {
        return limiter;
    }

    /** {@code relative} resolved against the target's base URL (no leading slash). */
    public HttpUrl.Builder url(String relative) {
        HttpUrl url = target.baseUrl().resolve(relative);
        if (url == null) {
            throw new IllegalArgumentException("bad path: " + relative);
        }
        return url.newBuilder();
    }

    /**
     * Sends {@code request}, retrying transient failures; returns the final non-transient response.
     *
     * @param operation a short label for logs and errors, e.g. {@code "POST core/users/"}
     * @throws AdapterException TRANSIENT when every attempt failed transiently
     */
    public HttpResult exchange(String operation, Request request) {
        RetryPolicy policy = target.retry();
        AdapterException failure = null;
        for (int attempt = 1; ; attempt++) {
            Duration wait = limiter.tryStart();
            if (!wait.isZero()) {
                // a retry the limiter holds back ends as the failure it retries, so it still counts as a try
                throw failure != null ? failure : AdapterException.throttled(target.name(), operation
                        + ": client-side limit of " + target.maxRequestsPerMinute() + " requests/min reached", wait);
            }
            Request authorized = request.newBuilder().header("Authorization", target.authorization().get()).build();
            long started = System.nanoTime();
            try (Response response = client.newCall(authorized).execute()) {
                ResponseBody body = response.body();
                HttpResult result = new HttpResult(operation, response.code(), response.headers(),
                        body == null ? "" : body.string());
                heard(CallListener.Outcome.of(result.status()), started, attempt);
                if (!isTransient(result.status())) {
                    return result;
                }
                // Retry-After means "come back then" only on 429 and 503 (RFC 9110 §10.2.3, RFC 6585).
                Optional<Duration> retryAfter = result.status() == 429 || result.status() == 503
                        ? RetryAfter.parse(response.header("Retry-After"), clock) : Optional.empty();
                failure = new AdapterException(AdapterException.Kind.TRANSIENT, target.name(), result.status(),
                        operation + ": " + reasons.apply(result), retryAfter.orElse(null), null);
                wait = retryAfter.isPresent() ? retryAfter.get() : policy.backoff(attempt, random.nextDouble());
                // 429: the server asks us to slow down, which the saga does on a deadline, never here.
                if (result.status() == 429
                        || retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxBackoff()) > 0) {
                    throw failure;
                }
            } catch (IOException e) {
                heard(CallListener.Outcome.of(e), started, attempt);
                failure = new AdapterException(AdapterException.Kind.TRANSIENT, target.name(), 0,
                        operation + ": " + e, null, e);
                wait = policy.backoff(attempt, random.nextDouble());
            } finally {
                limiter.finished();
            }
            if (attempt >= policy.maxAttempts()) {
                throw failure;
            }
            LOG.info("{} {} attempt {} failed transiently, retrying in {} ms: {}", target.name(), operation, attempt,
                    wait.toMillis(), failure.reason());
            pause(wait, failure);
        }
    }

    /** A listener that fails must not fail the call it heard. */
    private void heard(CallListener.Outcome outcome, long startedNanos, int attempt) {
        try {
            listener.attempted(target.name(), outcome, Duration.ofNanos(System.nanoTime() - startedNanos), attempt);
        } catch (RuntimeException e) {
            LOG.warn("call listener failed for {}: {}", target.name(), e.toString());
        }
    }

    /** Maps a non-2xx result to the taxonomy with the vendor's reason. */
    public AdapterException failure(HttpResult result) {
        int s = result.status();
        AdapterException.Kind kind = s == 404 || s == 410 ? AdapterException.Kind.NOT_FOUND
                : s == 409 ? AdapterException.Kind.CONFLICT
                : isTransient(s) ? AdapterException.Kind.TRANSIENT
                : AdapterException.Kind.REJECTED;
        return new AdapterException(kind, target.name(), s, result.operation() + ": " + reasons.apply(result), null, null);
    }

    /** Sends and requires a 2xx. */
    public HttpResult expectSuccess(String operation, Request request) {
        HttpResult result = exchange(operation, request);
        if (!result.isSuccess()) {
            throw failure(result);
        }
        return result;
    }

    static boolean isTransient(int status) {
        return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
    }

    private void pause(Duration wait, AdapterException failure) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    /** Options of an {@link HttpExecutor}; tests replace the sleeper, clock, random and logger. */
    public static final class Builder {
        private final HttpTarget target;
        private Function<HttpResult, String> reasons = HttpResult::body;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private Random random = new Random();
        private HttpLoggingInterceptor.Logger logger;
        private final List<Interceptor> networkInterceptors = new ArrayList<>();
        private CallListener listener = CallListener.NONE;

        private Builder(HttpTarget target) {
            this.target = target;
            Logger wire = LoggerFactory.getLogger("eu.dezky.adapters.wire." + target.name());
            this.logger = wire::debug;
        }

        /** How to extract the vendor's reason text from an error response. */
        public Builder reasons(Function<HttpResult, String> reasons) {
            this.reasons = reasons;
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder random(Random random) {
            this.random = random;
            return this;
        }

        /** Where request/response header lines go (Authorization already redacted). */
        public Builder logger(HttpLoggingInterceptor.Logger logger) {
            this.logger = logger;
            return this;
        }

        /** An extra okhttp network interceptor, e.g. a contract check in tests. */
        public Builder networkInterceptor(Interceptor interceptor) {
            networkInterceptors.add(interceptor);
            return this;
        }

        /** Who hears every attempt (metrics). */
        public Builder listener(CallListener callListener) {
            this.listener = callListener;
            return this;
        }

        public HttpExecutor build() {
            return new HttpExecutor(this);
        }
    }
}
