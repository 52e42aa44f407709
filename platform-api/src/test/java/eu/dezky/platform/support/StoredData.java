package eu.dezky.platform.support;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything the engine keeps: the event store, sagas and idempotency records in PostgreSQL, and the read models. */
public final class StoredData {

    private final JdbcTemplate jdbc;
    private final MongoTemplate mongo;

    public StoredData(JdbcTemplate jdbc, MongoTemplate mongo) {
        this.jdbc = jdbc;
        this.mongo = mongo;
    }

    /**
     * Asserts that {@code secret} is in no stored event (payload or metadata), saga, idempotency record or read model
     * document. Events and idempotency records must exist, so an empty table cannot pass for a clean one.
     */
    public void assertNowhere(String secret) {
        List<String> events = jdbc.query("SELECT payload, metadata FROM domainevententry",
                (rs, i) -> text(rs.getBytes(1)) + text(rs.getBytes(2)));
        assertThat(events).isNotEmpty().noneMatch(s -> s.contains(secret));
        assertThat(jdbc.query("SELECT serializedsaga FROM sagaentry", (rs, i) -> text(rs.getBytes(1))))
                .noneMatch(s -> s.contains(secret));
        assertThat(jdbc.query("SELECT body FROM idempotency_record", (rs, i) -> text(rs.getBytes(1))))
                .isNotEmpty().noneMatch(s -> s.contains(secret));
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                assertThat(document.toJson()).as(collection).doesNotContain(secret);
            }
        }
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** The JSON payloads of one aggregate's events whose type matches {@code payloadTypeLike} (SQL LIKE), in order. */
    public List<String> events(String aggregateId, String payloadTypeLike) {
        return jdbc.query("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE ?"
                        + " ORDER BY sequencenumber",
                (rs, i) -> text(rs.getBytes(1)), aggregateId, payloadTypeLike);
    }
}
