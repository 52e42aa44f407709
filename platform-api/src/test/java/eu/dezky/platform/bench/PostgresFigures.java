package eu.dezky.platform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What PostgreSQL says about the benchmark's database: its transactions committed ({@code pg_stat_database}, read
 * from the {@code postgres} database so the reading itself is not counted), the events in the store, and the
 * ceiling: single-row insert+commit transactions per second the same server takes without the engine.
 */
final class PostgresFigures {

    private final BenchmarkDatabase database;

    PostgresFigures(BenchmarkDatabase database) {
        this.database = database;
    }

    /**
     * Transactions committed in the benchmark's database so far. Backends report their counts to the statistics
     * at most every second, idle ones up to 10 s late: callers read it after a pause, or over a long window.
     */
    long commits() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.base() + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet result = statement.executeQuery(
                    "SELECT xact_commit FROM pg_stat_database WHERE datname = '" + database.name() + "'")) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Rows written so far (inserted, updated or deleted) per table of the benchmark's database. */
    Map<String, Long> rowsWritten() throws SQLException {
        Map<String, Long> written = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(database.url(), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables")) {
            while (result.next()) {
                written.put(result.getString(1), result.getLong(2));
            }
        }
        return written;
    }

    long events() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM domainevententry")) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * Single-row insert+commit transactions per second: {@code rows} inserts spread over {@code clients}
     * connections in autocommit mode, into a table shaped like the event store's (a sequence, a unique key, a
     * payload of about 500 bytes), dropped afterwards.
     */
    double insertCommitsPerSecond(int clients, int rows) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.url(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_ceiling (global_index bigserial PRIMARY KEY, aggregate_id text,"
                    + " sequence_number bigint, payload bytea, UNIQUE (aggregate_id, sequence_number))");
        }
        byte[] payload = new byte[500];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int id = client;
                done.add(pool.submit(() -> {
                    try (Connection connection = DriverManager.getConnection(database.url(), "postgres", "");
                         PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_ceiling"
                                 + " (aggregate_id, sequence_number, payload) VALUES (?, ?, ?)")) {
                        for (int i = 0; i < rows / clients; i++) {
                            insert.setString(1, "client-" + id);
                            insert.setLong(2, i);
                            insert.setBytes(3, payload);
                            insert.executeUpdate();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return (rows / clients) * clients / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
            try (Connection connection = DriverManager.getConnection(database.url(), "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE bench_ceiling");
            }
        }
    }
}
