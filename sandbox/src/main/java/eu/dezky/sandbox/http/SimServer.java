package eu.dezky.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server for one simulator, built on the JDK's {@code com.sun.net.httpserver}: no
 * framework is needed for a handful of JSON routes, it starts in milliseconds and adds no dependency.
 * A cached thread pool lets hanging (fault-injected) requests block without starving the others.
 */
public final class SimServer implements AutoCloseable {

    static {
        noDelay();
    }

    /**
     * Asks the JDK's server to send without Nagle's delay. It writes a response's headers and body separately; with
     * Nagle on, the body waits for the client's delayed acknowledgement of the headers, about 40 ms a request on
     * Linux: a "simulator without added latency" added 40 ms to every call (the onboarding benchmark found half a
     * second per member). The JDK reads the switch once, when its first server starts, so every simulator calls this
     * before creating one; a value set on the command line wins.
     */
    public static void noDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Handles one request; exceptions become a bare 500, as a crashing vendor handler would. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor;

    private SimServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts listening on 127.0.0.1:{@code port} (0 = an ephemeral port). */
    public static SimServer start(int port, String name, Handler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread thread = new Thread(r, "sim-" + name);
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(executor);
            server.createContext("/", exchange -> {
                try {
                    handler.handle(exchange);
                } catch (RuntimeException e) {
                    exchange.sendResponseHeaders(500, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return new SimServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + name + " simulator", e);
        }
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The root URL, {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String origin() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
