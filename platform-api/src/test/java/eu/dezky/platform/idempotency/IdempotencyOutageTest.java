package eu.dezky.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import eu.dezky.platform.secrets.SecretCipher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: a database outage never turns into a 500 because of the key. Unreachable before anything happened, the
 * request is refused with 503 and {@code Retry-After}; gone after the route made its change, the route's answer is
 * still sent (the lease runs out and a retry finds the outcome).
 */
class IdempotencyOutageTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build(); // as the engine's: problem details
    private final SecretCipher cipher = new SecretCipher(new SecretKeySpec(new byte[32], "AES"));
    private HikariDataSource dataSource;

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void anUnreachableDatabaseBeforeTheRequestRanIsA503WithRetryAfter() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        dataSource = pool("jdbc:postgresql://127.0.0.1:" + closed + "/dezky", 250);
        AtomicBoolean ran = new AtomicBoolean();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter().doFilter(keyedPost(), response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) {
                ran.set(true);
            }
        }));

        assertThat(ran).as("nothing may run without the key").isFalse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(json.readTree(response.getContentAsString()).get("code").asText()).isEqualTo("service-unavailable");
    }

    @Test
    void aDatabaseLostAfterTheChangeStillGivesTheRouteItsAnswer() throws Exception {
        dataSource = pool("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", 10_000);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String migration : new String[] {"V3__idempotency.sql", "V5__idempotency_lease.sql"}) {
            String sql = new String(getClass().getResourceAsStream("/db/migration/" + migration).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        }
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter().doFilter(keyedPost(), response, new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                dataSource.close(); // the change is made, then the database goes away
                resp.setStatus(201);
                resp.getWriter().write("{\"id\":\"m-1\",\"oneTimePassword\":\"x\"}");
            }
        }));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).contains("m-1");
    }

    private IdempotencyFilter filter() {
        return new IdempotencyFilter(new IdempotencyStore(new JdbcTemplate(dataSource), cipher, json,
                Duration.ofSeconds(60)), json);
    }

    private static MockHttpServletRequest keyedPost() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/tenants/t/members");
        request.addHeader(IdempotencyFilter.HEADER, "outage-key");
        request.setContentType("application/json");
        request.setContent("{\"username\":\"rita\"}".getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static HikariDataSource pool(String url, long connectionTimeoutMillis) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("dezky");
        pool.setConnectionTimeout(connectionTimeoutMillis);
        pool.setInitializationFailTimeout(-1);
        return pool;
    }
}
