package eu.dezky.platform.bench;

import eu.dezky.platform.DezkyEngineApplication;
import eu.dezky.platform.readmodel.ReadModelGenerations;
import eu.dezky.platform.replay.ProjectionRebuilds;
import eu.dezky.platform.replay.RebuildStatus;
import eu.dezky.platform.replay.ReplaySettings;
import eu.dezky.projections.ProjectionGroups;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The projection-rebuild benchmark ({@code bench/replay-benchmark.sh}): an engine on PostgreSQL and the embedded
 * Mongo-protocol server (H2 file, as on embedded defaults), a store of realistic tenants written straight into the
 * event store with every processor stopped, then each projection rebuilt from scratch in several shapes (batch size
 * × segments), one at a time and all at once. Prints a Markdown block and appends it to bench/RESULTS.md.
 * System properties: {@code tenants} (282 ≈ 31,600 events), {@code shapes} ({@code 2000x1,2000x2,500x1}),
 * {@code baseline} (true: first time the live processor of member-views catching up from the first event),
 * {@code mongo} ({@code h2}, the embedded default; {@code memory}: the server's in-memory backend, for comparison),
 * {@code groups} (the projections to rebuild; all by default).
 */
public final class ReplayBenchmark {

    private static final String DEFAULT_SHAPES = "2000x1,2000x2,500x1";

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int tenants = Integer.getInteger("tenants", 282);
        List<int[]> shapes = shapes(System.getProperty("shapes", DEFAULT_SHAPES));
        boolean baseline = Boolean.parseBoolean(System.getProperty("baseline", "true"));
        List<String> groups = List.of(System.getProperty("groups", String.join(",", ProjectionGroups.ALL)).split(","));
        BenchmarkReport report = new BenchmarkReport(Path.of(System.getProperty("results", "bench/RESULTS.md")));
        report.command(String.format("-Dtenants=%d -Dshapes=%s -Dbaseline=%s -Dmongo=%s", tenants,
                System.getProperty("shapes", DEFAULT_SHAPES), baseline, System.getProperty("mongo", "h2")));
        BenchmarkDatabase database = BenchmarkDatabase.create();
        Path data = Files.createTempDirectory("dezky-replay-bench");
        Map<String, Object> properties = new HashMap<>(Map.of("DEZKY_DATA_DIR", data.toString(),
                "DEZKY_JDBC_URL", database.url(), "DEZKY_JDBC_USER", "postgres", "DEZKY_JDBC_PASSWORD", "",
                "PORT", "0", "server.port", "0", "DNS_RESOLVERS", "127.0.0.1"));
        // "memory": the same server with its in-memory backend, to tell the engine's cost from the H2 file's
        MongoServer memory = "memory".equals(System.getProperty("mongo", "h2")) ? new MongoServer(new MemoryBackend()) : null;
        if (memory != null) {
            properties.put("MONGODB_URI", memory.bindAndGetConnectionString() + "/dezky");
        }
        report.store(memory == null ? "the embedded Mongo-protocol server with its H2 file backend (embedded defaults)"
                : "the Mongo-protocol server with its in-memory backend");
        try (ConfigurableApplicationContext engine = new SpringApplicationBuilder(DezkyEngineApplication.class)
                .properties(properties).run()) {
            EventProcessingConfiguration processing = engine.getBean(org.axonframework.config.Configuration.class)
                    .eventProcessingConfiguration();
            // Nothing may react to the seeded events (no saga calls a simulator); projections catch up on demand.
            processing.eventProcessors().values().forEach(EventProcessor::shutDown);
            long events = seed(engine, tenants);
            report.dataset(tenants, events);
            if (baseline) {
                report.baseline("member-views", catchUpLive(processing, engine.getBean(EventStore.class), "member-views"));
            }
            ProjectionRebuilds rebuilds = engine.getBean(ProjectionRebuilds.class);
            ReplaySettings settings = engine.getBean(ReplaySettings.class);
            // An untimed round first: the JIT compiles the handlers, the converters and the drivers.
            groups.stream().map(group -> rebuilds.start(group, settings)).toList()
                    .forEach(started -> await(rebuilds, started));
            for (int[] shape : shapes) {
                ReplaySettings run = settings.withShape(shape[0], shape[1]);
                for (String group : groups) {
                    report.rebuild(run, List.of(await(rebuilds, rebuilds.start(group, run))));
                }
                List<RebuildStatus> started = new ArrayList<>();
                groups.forEach(group -> started.add(rebuilds.start(group, run)));
                report.rebuild(run, started.stream().map(s -> await(rebuilds, s)).toList());
            }
            check(engine, groups, tenants, events);
        } finally {
            database.drop();
        }
        report.write();
        System.exit(0); // Axon's handler time-out janitor is not a daemon thread
    }

    private static long seed(ConfigurableApplicationContext engine, int tenants) {
        EventStore store = engine.getBean(EventStore.class);
        TransactionManager transactions = engine.getBean(TransactionManager.class);
        BenchmarkEvents generator = new BenchmarkEvents(Instant.now().minus(Duration.ofDays(30)));
        long count = 0;
        for (int tenant = 0; tenant < tenants; tenant++) {
            var batch = generator.tenant(tenant);
            transactions.executeInTransaction(() -> store.publish(batch));
            count += batch.size();
        }
        return count;
    }

    /** How long the live processor (batch size 1, a write per event) takes from the first event to the head. */
    private static Duration catchUpLive(EventProcessingConfiguration processing, EventStore store, String group)
            throws InterruptedException {
        StreamingEventProcessor live = processing.eventProcessor(group, StreamingEventProcessor.class).orElseThrow();
        long head = store.createHeadToken().position().orElseThrow();
        Instant start = Instant.now();
        live.start();
        while (live.processingStatus().isEmpty() || live.processingStatus().values().stream()
                .anyMatch(s -> s.getCurrentPosition().orElse(-1) < head)) {
            Thread.sleep(50);
        }
        return Duration.between(start, Instant.now());
    }

    private static RebuildStatus await(ProjectionRebuilds rebuilds, RebuildStatus started) {
        while (true) {
            RebuildStatus now = rebuilds.status(started.group()).orElseThrow();
            if (now.generation() == started.generation() && !now.active()) {
                if (!now.phase().equals("done")) {
                    throw new IllegalStateException("rebuild failed: " + now);
                }
                return now;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The rebuilt read models hold what the seeded events say: every member, every event in the audit trail. */
    private static void check(ConfigurableApplicationContext engine, List<String> groups, int tenants, long events) {
        MongoTemplate mongo = engine.getBean(MongoTemplate.class);
        ReadModelGenerations generations = engine.getBean(ReadModelGenerations.class);
        Map<String, Long> expected = new HashMap<>();
        if (groups.contains("member-views")) {
            expected.put("members", (long) tenants * BenchmarkEvents.MEMBERS_PER_TENANT);
        }
        if (groups.contains("audit-views")) {
            expected.put("audit_entries", events);
        }
        expected.forEach((collection, count) -> {
            long found = mongo.getCollection(generations.physicalName(collection)).countDocuments();
            if (found != count) {
                throw new IllegalStateException("rebuilt " + collection + " holds " + found + " documents, not " + count);
            }
        });
    }

    private static List<int[]> shapes(String spec) {
        List<int[]> shapes = new ArrayList<>();
        for (String shape : spec.split(",")) {
            String[] parts = shape.trim().split("x");
            shapes.add(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
        }
        return shapes;
    }
}
