package eu.dezky.platform.history;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.annotation.PreDestroy;
import org.bson.UuidRepresentation;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Throwaway databases on an in-process, in-memory Mongo-protocol server (mongo-java-server, started on first use):
 * each history request fills one and drops it when done, so no live read model is ever touched.
 */
@Component
class ScratchDatabases {

    /** One database, dropped on close. */
    record Scratch(MongoClient client, String name, MongoDatabaseFactory factory) implements AutoCloseable {

        @Override
        public void close() {
            client.getDatabase(name).drop();
        }
    }

    private MongoServer server;
    private MongoClient client;

    synchronized Scratch open() {
        if (client == null) {
            server = new MongoServer(new MemoryBackend());
            String uri = server.bindAndGetConnectionString();
            client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new com.mongodb.ConnectionString(uri))
                    .uuidRepresentation(UuidRepresentation.STANDARD)
                    .build());
        }
        String name = "history_" + UUID.randomUUID().toString().replace("-", "");
        return new Scratch(client, name, new SimpleMongoClientDatabaseFactory(client, name));
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
            server.shutdownNow();
        }
    }
}
