package eu.dezky.platform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throwaway PostgreSQL database for one benchmark run, on {@code BENCH_JDBC_BASE} (default the local server with
 * trust auth that the tests use), dropped at the end.
 */
record BenchmarkDatabase(String base, String name) {

    static BenchmarkDatabase create() throws SQLException {
        String base = System.getenv().getOrDefault("BENCH_JDBC_BASE", "jdbc:postgresql://127.0.0.1:5432/");
        BenchmarkDatabase database = new BenchmarkDatabase(base, "dezky_bench_" + System.currentTimeMillis());
        database.execute("CREATE DATABASE " + database.name);
        return database;
    }

    String url() {
        return base + name;
    }

    void drop() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(base + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
