package eu.dezky.projections.member;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import eu.dezky.api.common.PageRequest;
import eu.dezky.api.member.FindMemberPageQuery;
import eu.dezky.api.member.MemberPage;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.mockito.Mockito.mock;

/**
 * bench/lists: how fast a 10,000-member tenant's member list pages on the Mongo-protocol server the engine embeds
 * (mongo-java-server, H2 file backend, as {@code java -jar} runs it), beside 10,000 members of 100 other tenants. Not
 * a test: {@code bench/lists/run.sh} runs it and records the figures. Prints one Markdown table row per case.
 */
public final class MemberListBench {

    private static final int RUNS = 15;

    private MemberListBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("dezky-bench-lists");
        MongoServer server = new MongoServer(new H2Backend(dir.resolve("mongo.mv").toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoTemplate mongo = new MongoTemplate(client, "bench");
            MemberFixtures.insert(mongo, "big", 10_000, 0);
            for (int t = 0; t < 100; t++) {
                MemberFixtures.insert(mongo, "other-" + t, 100, 10_000 + t * 100);
            }
            MemberProjection projection = new MemberProjection(mongo, mock(QueryUpdateEmitter.class));
            TenantId big = new TenantId("big");
            MemberPage first = projection.handle(new FindMemberPageQuery(big, PageRequest.first(50), false));
            String deep = first.nextCursor();
            for (int i = 0; i < 98; i++) {
                deep = projection.handle(new FindMemberPageQuery(big,
                        new PageRequest(null, null, null, false, deep, 50), false)).nextCursor();
            }
            String cursor = deep;
            System.out.println("| case | median ms | max ms | total |");
            System.out.println("|---|---|---|---|");
            time("first page, default sort (createdAt), 50", () -> projection.handle(
                    new FindMemberPageQuery(big, PageRequest.first(50), false)));
            time("first page, sort -displayName, 50", () -> projection.handle(new FindMemberPageQuery(big,
                    new PageRequest(null, null, "displayName", true, null, 50), false)));
            time("first page, status=active, 50", () -> projection.handle(new FindMemberPageQuery(big,
                    new PageRequest(null, MemberStatus.ACTIVE.name(), null, false, null, 50), false)));
            time("first page, q=person12, 50", () -> projection.handle(new FindMemberPageQuery(big,
                    new PageRequest("person12", null, null, false, null, 50), false)));
            time("page 100 (after a cursor), 50", () -> projection.handle(new FindMemberPageQuery(big,
                    new PageRequest(null, null, null, false, cursor, 50), false)));
            time("first page, 200", () -> projection.handle(
                    new FindMemberPageQuery(big, PageRequest.first(200), false)));
        } finally {
            server.shutdownNow();
        }
    }

    private static void time(String name, Supplier<MemberPage> query) {
        long total = 0;
        for (int i = 0; i < 3; i++) {
            total = query.get().total();
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println("| " + name + " | " + sorted[sorted.length / 2] + " | " + sorted[sorted.length - 1]
                + " | " + total + " |");
    }
}
