package eu.dezky.platform.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The servers integration tests run against, chosen by the system property {@code dezky.test.infra}:
 * {@code local} (default) uses the real PostgreSQL on 127.0.0.1:5432 and the in-process Mongo-protocol server;
 * {@code containers} (Maven profile {@code containers}) starts PostgreSQL and a MongoDB replica set with
 * Testcontainers. Both hand out a fresh throwaway database per Spring context; a later run drops it.
 */
public final class TestInfrastructure {

    private static final String ADMIN_USER = "postgres";
    private static TestInfrastructure instance;

    private final String jdbcBase;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final String mongoUri;
    private static final String PREFIX = "dezky_test_";

    private TestInfrastructure(String jdbcBase, String jdbcUser, String jdbcPassword, String mongoUri) {
        this.jdbcBase = jdbcBase;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
        this.mongoUri = mongoUri;
        // Not at JVM exit: a shutdown hook races Spring's own, and dropping a database under a closing connection
        // pool stalls the pool's shutdown. Earlier runs' databases are dropped here instead, once they are stale.
        dropStaleDatabases();
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

    /** Creates an empty PostgreSQL database (named with its creation time) and returns its JDBC URL. */
    public synchronized String newJdbcDatabase() {
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("CREATE DATABASE " + name);
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

    /** Drops test databases older than an hour: long finished, so no other test run can still be using them. */
    private void dropStaleDatabases() {
        long cutoff = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcBase + "postgres", jdbcUser, jdbcPassword);
             Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'dezky_test_%'")) {
            while (names.next()) {
                String[] parts = names.getString(1).split("_");
                if (parts.length == 4 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < cutoff) {
                    stale.add(names.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + jdbcBase + " is needed by the tests: " + e.getMessage(), e);
        }
        stale.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
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
