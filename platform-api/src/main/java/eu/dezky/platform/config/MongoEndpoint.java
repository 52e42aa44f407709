package eu.dezky.platform.config;

import com.mongodb.ConnectionString;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;

import java.nio.file.Path;

/**
 * The one switch between a real MongoDB and the in-process server. Spring Boot's Mongo auto-configuration
 * builds the client from these connection details, so everything above this class runs the same code either way.
 */
final class MongoEndpoint implements MongoConnectionDetails, AutoCloseable {

    private final ConnectionString connectionString;
    private final String database;
    private final EmbeddedMongoServer embedded;

    private MongoEndpoint(ConnectionString connectionString, String defaultDatabase, EmbeddedMongoServer embedded) {
        this.connectionString = connectionString;
        this.database = connectionString.getDatabase() != null ? connectionString.getDatabase() : defaultDatabase;
        this.embedded = embedded;
    }

    static MongoEndpoint of(MongoSettings settings, Path dataDir) {
        if (!settings.embedded()) {
            return new MongoEndpoint(new ConnectionString(settings.uri()), settings.database(), null);
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir.resolve("mongo").resolve("readmodels.mv"));
        return new MongoEndpoint(new ConnectionString(server.connectionString(settings.database())), settings.database(), server);
    }

    /** The database of the read models: the one named in the URI, else {@code MONGODB_DATABASE}. */
    String database() {
        return database;
    }

    boolean embedded() {
        return embedded != null;
    }

    @Override
    public ConnectionString getConnectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
