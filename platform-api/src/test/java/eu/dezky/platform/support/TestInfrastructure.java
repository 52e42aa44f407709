package eu.dezky.platform.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The servers integration tests run against, chosen by the system property {@code dezky.test.infra}:
 * {@code local} (default) uses the real PostgreSQL on 127.0.0.1:5432 and the in-process Mongo-protocol server;
 * {@code containers} (Maven profile {@code containers}) starts PostgreSQL and a MongoDB replica set with
 * Testcontainers. Both hand out a fresh throwaway database per Spring context, dropped when the JVM exits.
 */
public final class TestInfrastructure {

    private static final String ADMIN_USER = "postgres";
    private static TestInfrastructure instance;

    private final String jdbcBase;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final String mongoUri;
    private final List<String> databases = new ArrayList<>();

    private TestInfrastructure(String jdbcBase, String jdbcUser, String jdbcPassword, String mongoUri) {
        this.jdbcBase = jdbcBase;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
        this.mongoUri = mongoUri;
        Runtime.getRuntime().addShutdownHook(new Thread(this::dropDatabases, "drop-test-databases"));
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = "containers".equals(System.getProperty("dezky.test.infra", "local")) ? containers() : local();
        }
        return instance;
    }

    private static TestInfrastructure local() {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        String mongoUri = mongo.bindAndGetConnectionString();
        return new TestInfrastructure("jdbc:postgresql://127.0.0.1:5432/", ADMIN_USER, "", mongoUri);
    }

    @SuppressWarnings("resource") // containers live as long as the test JVM
    private static TestInfrastructure containers() {
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16-alpine");
        postgres.start();
        MongoDBContainer mongo = new MongoDBContainer("mongo:7.0"); // a one-node replica set
        mongo.start();
        String base = postgres.getJdbcUrl().substring(0, postgres.getJdbcUrl().lastIndexOf('/') + 1);
        return new TestInfrastructure(base, postgres.getUsername(), postgres.getPassword(), mongo.getReplicaSetUrl());
    }

    /** Creates an empty PostgreSQL database and returns its JDBC URL. */
    public synchronized String newJdbcDatabase() {
        String name = "dezky_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        databases.add(name);
        return jdbcBase + name;
    }

    /** A Mongo connection string with a database name of its own. */
    public String newMongoUri() {
        String database = "dezky_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        // Both servers hand out URIs of the form mongodb://host:port[/db][?options].
        int options = mongoUri.indexOf('?');
        String hosts = mongoUri.substring(0, options < 0 ? mongoUri.length() : options);
        hosts = hosts.substring(0, hosts.indexOf('/', "mongodb://".length()) < 0 ? hosts.length() : hosts.indexOf('/', "mongodb://".length()));
        return hosts + "/" + database + (options < 0 ? "" : mongoUri.substring(options));
    }

    public String jdbcUser() {
        return jdbcUser;
    }

    public String jdbcPassword() {
        return jdbcPassword;
    }

    private void dropDatabases() {
        for (String name : databases) {
            try {
                execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (IllegalStateException ignored) {
                // Best effort at JVM exit; a leftover test database is harmless.
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcBase + "postgres", jdbcUser, jdbcPassword);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + jdbcBase + " is needed by the tests: " + e.getMessage(), e);
        }
    }
}
