package eu.dezky.projections.support;

import eu.dezky.projections.support.InMemoryMongo;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

/**
 * A Mongo-protocol server in memory (mongo-java-server, the server the engine embeds) for one test: started before
 * each test, before its {@code @BeforeEach} methods, and shut down after it, so no data outlives the test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final InMemoryMongo mongo = new InMemoryMongo();
 *
 * @BeforeEach
 * void start() {
 *     projection = new MemberProjection(mongo.template(), ...);
 * }
 * }</pre>
 *
 * Register it on an instance field, as above, so that each test instance owns the server it is given.
 */
public final class InMemoryMongo implements BeforeEachCallback, AfterEachCallback {

    /** The database every test writes to; each test has a server of its own, so the name may repeat. */
    public static final String DATABASE = "test";

    private MongoServer server;
    private MongoClient client;
    private SimpleMongoClientDatabaseFactory factory;
    private MongoTemplate template;

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        factory = new SimpleMongoClientDatabaseFactory(client, DATABASE);
        template = new MongoTemplate(factory);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
        server.shutdownNow();
        server = null;
        client = null;
        factory = null;
        template = null;
    }

    /** A template on the test's database, as projections are given one. */
    public MongoTemplate template() {
        return started(template);
    }

    /** The test's database factory, for templates built on it (such as a {@code ReadModelTemplate}). */
    public SimpleMongoClientDatabaseFactory factory() {
        return started(factory);
    }

    /** The client connected to the test's server. */
    public MongoClient client() {
        return started(client);
    }

    // A field initialiser runs before beforeEach; say so rather than hand out null.
    private static <T> T started(T value) {
        if (value == null) {
            throw new IllegalStateException("InMemoryMongo runs only within a test: register it with @RegisterExtension"
                    + " and use it from @BeforeEach or the test itself");
        }
        return value;
    }
}
