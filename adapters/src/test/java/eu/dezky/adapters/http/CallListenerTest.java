package eu.dezky.adapters.http;

import com.sun.net.httpserver.HttpServer;
import eu.dezky.adapters.support.RecordingSleeper;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The executor tells its listener how every attempt ended, retries included, and a failing listener changes nothing. */
class CallListenerTest {

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int call = calls.incrementAndGet();
            exchange.sendResponseHeaders(call == 1 ? 503 : call == 2 ? 204 : call == 3 ? 404 : 429, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpExecutor executor(String url, CallListener listener) {
        HttpTarget target = HttpTarget.of("test", url, () -> "Bearer t")
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2));
        return HttpExecutor.builder(target).sleeper(new RecordingSleeper()).listener(listener).build();
    }

    private CallListener recording() {
        return (system, outcome, elapsed, attempt) -> heard.add(system + " " + outcome + " #" + attempt);
    }

    @Test
    void everyAttemptIsHeardWithItsOutcome() {
        HttpExecutor http = executor("http://127.0.0.1:" + server.getAddress().getPort() + "/", recording());
        Request ping = new Request.Builder().url(http.url("ping").build()).get().build();

        http.exchange("GET ping", ping);
        http.exchange("GET ping", ping);
        assertThatThrownBy(() -> http.exchange("GET ping", ping)).as("a 429 is not retried here");

        assertThat(heard).containsExactly("test SERVER_ERROR #1", "test SUCCESS #2", "test CLIENT_ERROR #1",
                "test RATE_LIMITED #1");
    }

    @Test
    void noAnswerIsATimeoutOrUnreachable() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HttpExecutor http = executor("http://127.0.0.1:" + silent.getLocalPort() + "/", recording());
            assertThatThrownBy(() -> http.exchange("GET", new Request.Builder().url(http.url("x").build()).build()));
        }
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        HttpExecutor refused = executor("http://127.0.0.1:" + closed + "/", recording());
        assertThatThrownBy(() -> refused.exchange("GET", new Request.Builder().url(refused.url("x").build()).build()));

        assertThat(heard).contains("test TIMEOUT #1", "test UNREACHABLE #1");
    }

    @Test
    void aFailingListenerDoesNotFailTheCall() {
        HttpExecutor http = executor("http://127.0.0.1:" + server.getAddress().getPort() + "/",
                (system, outcome, elapsed, attempt) -> {
                    throw new IllegalStateException("metrics broken");
                });

        assertThat(http.exchange("GET", new Request.Builder().url(http.url("x").build()).build()).status()).isEqualTo(204);
    }
}
