package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's state: one table per {@code x:} object type, holding each object in its wire form
 * (minus {@code id} and computed properties). Every read and write happens while holding this
 * object's monitor, which makes one JMAP method call atomic, as it is in Stalwart.
 */
final class Registry {

    /** One object table with its id sequence. */
    static final class Table {
        final Map<String, ObjectNode> rows = new LinkedHashMap<>();
        final AtomicLong sequence = new AtomicLong();
    }

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, String> dkimPublicKeys = new LinkedHashMap<>();
    private final Clock clock;
    private final AtomicLong snowflake = new AtomicLong();
    private String defaultDomainId;

    Registry(Clock clock) {
        this.clock = clock;
    }

    synchronized Table table(String objectName) {
        return tables.computeIfAbsent(objectName, n -> new Table());
    }

    synchronized Map<String, ObjectNode> rows(String objectName) {
        return table(objectName).rows;
    }

    synchronized Optional<ObjectNode> find(String objectName, String id) {
        return Optional.ofNullable(id == null ? null : rows(objectName).get(id));
    }

    /** Domain, Account and MailingList ids come from per-type counters, as in Stalwart. */
    synchronized String nextSequentialId(String objectName) {
        return StalwartIds.encode(table(objectName).sequence.getAndIncrement());
    }

    /** DKIM signatures get long snowflake-style ids, like Stalwart's. */
    synchronized String nextSnowflakeId() {
        long millis = clock.millis() - 1_700_000_000_000L;
        return StalwartIds.encode((millis << 16) | (snowflake.getAndIncrement() & 0xFFFF));
    }

    String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    Instant instant() {
        return Instant.now(clock);
    }

    synchronized String defaultDomainId() {
        return defaultDomainId;
    }

    synchronized void defaultDomainId(String id) {
        this.defaultDomainId = id;
    }

    synchronized void publicKey(String dkimId, String base64) {
        dkimPublicKeys.put(dkimId, base64);
    }

    synchronized String publicKey(String dkimId) {
        return dkimPublicKeys.get(dkimId);
    }

    /** The stored name of a domain, or null. */
    synchronized String domainName(String domainId) {
        return find(DomainRules.OBJECT, domainId).map(d -> d.path("name").asText()).orElse(null);
    }

    /** A deep copy of the whole state, safe to hand to tests. */
    synchronized Map<String, Map<String, JsonNode>> snapshot() {
        Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
        tables.forEach((name, table) -> {
            Map<String, JsonNode> copy = new LinkedHashMap<>();
            table.rows.forEach((id, row) -> copy.put(id, row.deepCopy()));
            out.put(name, copy);
        });
        return out;
    }
}
