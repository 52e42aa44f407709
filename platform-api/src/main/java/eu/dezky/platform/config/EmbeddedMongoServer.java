package eu.dezky.platform.config;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The in-process Mongo-protocol server used when no {@code MONGODB_URI} is configured. It speaks the wire
 * protocol, so the application talks to it through the ordinary MongoDB driver exactly as to a real server.
 * It indexes exact matches on unique keys only: keep read-model lookups by id.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** Starts a server on a free loopback port whose data lives in {@code file} (H2 MVStore). */
    public static EmbeddedMongoServer start(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        log.warn("MONGODB_URI is not set: read models use the in-process Mongo-protocol server at {} (data in {})."
                + " Not for production.", address, file);
        return new EmbeddedMongoServer(server, address);
    }

    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
