package eu.dezky.platform.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The ceiling a rebuild meets on the Mongo-protocol server, without the engine: bulk inserts (1,000 per write) of
 * documents shaped like audit entries, through the driver, into the H2 file backend (embedded defaults) and the
 * in-memory backend, each twice (the first run pays for the JIT). {@code bench/replay-benchmark.sh inserts}.
 */
public final class StoreInsertBenchmark {

    private StoreInsertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("documents", 30_000);
        for (String backend : List.of("h2", "h2", "memory", "memory")) {
            Path file = Files.createTempDirectory("dezky-inserts").resolve("store.mv");
            MongoServer server = new MongoServer(backend.equals("h2") ? new H2Backend(file.toString()) : new MemoryBackend());
            try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
                MongoCollection<Document> entries = client.getDatabase("bench").getCollection("audit_entries");
                long start = System.nanoTime();
                List<WriteModel<Document>> batch = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    batch.add(new InsertOneModel<>(entry(i)));
                    if (batch.size() == 1000 || i == count - 1) {
                        entries.bulkWrite(batch, new BulkWriteOptions().ordered(false));
                        batch.clear();
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "%s backend: %,d audit-sized documents in %.2f s, %,.0f documents/s%n",
                        backend, count, seconds, count / seconds);
            } finally {
                server.shutdownNow();
            }
        }
    }

    private static Document entry(int i) {
        return new Document("_id", UUID.randomUUID().toString()).append("sequence", (long) i).append("time", new Date())
                .append("tenant", "bench-" + (i % 300)).append("type", "MemberStepRecorded")
                .append("actorSubject", "op-bench").append("actorAudience", "operator").append("actorEmail", "op@bench.test")
                .append("summary", "op@bench.test created member user3@bench-00012.test: SSO done")
                .append("targetKind", "member").append("targetId", UUID.randomUUID().toString())
                .append("targetLabel", "user3@bench-00012.test").append("outcome", "progress")
                .append("requestId", UUID.randomUUID().toString()).append("clientIp", "10.0.0.7")
                .append("aggregateId", UUID.randomUUID().toString())
                .append("_class", "eu.dezky.projections.audit.AuditEntryDocument");
    }
}
