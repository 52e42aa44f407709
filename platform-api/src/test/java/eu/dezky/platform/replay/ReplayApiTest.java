package eu.dezky.platform.replay;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.readmodel.ReadModelGenerations;
import eu.dezky.platform.support.Api;
import eu.dezky.platform.support.Quiet;
import eu.dezky.platform.support.SandboxApiTest;
import eu.dezky.platform.support.SandboxComponentTest;
import eu.dezky.projections.ProjectionGroups;
import eu.dezky.projections.readmodel.GenerationNames;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operators' processor list and projection rebuilds: every processor with its kind and lag; only projections can
 * be replayed; a rebuild yields a read model equal, document by document, to the one built live; and requests served
 * while every read model is rebuilt and switched never miss an item.
 */
@SandboxComponentTest
class ReplayApiTest extends SandboxApiTest {

    private static final String SLUG = "replay-co";
    private static boolean seeded;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReadModelGenerations generations;
    String operator;
    String admin;

    @BeforeEach
    void tenantWithAllKindsOfItems() {
        operator = api.token("op-replay", "operator");
        admin = api.token(SLUG + "-admin", "customer-admin");
        if (seeded) {
            return;
        }
        // One member, suspended, with an alias and a list; the other tests' tenants in this context add the rest.
        onboarding.tenantWithDomain(SLUG, "replay.test");
        JsonNode ben = onboarding.activeMember(SLUG, admin, "ben");
        Api.Response suspended = api.post("/api/tenants/" + SLUG + "/members/" + ben.get("id").asText() + "/suspend",
                admin, null);
        assertThat(suspended.status()).as(suspended.toString()).isIn(200, 202);
        assertThat(api.post("/api/tenants/" + SLUG + "/mail/aliases", admin,
                Map.of("address", "sales@replay.test", "memberId", ben.get("id").asText())).status()).isIn(201, 202);
        assertThat(api.post("/api/tenants/" + SLUG + "/mail/lists", admin, Map.of("address", "team@replay.test",
                "name", "Team", "recipients", List.of("ben@replay.test"))).status()).isIn(201, 202);
        seeded = true;
    }

    @Test
    void everyProcessorIsListedWithItsKindPositionAndLag() {
        JsonNode processors = new Quiet(api).processors();
        Map<String, JsonNode> byName = new TreeMap<>();
        processors.forEach(p -> byName.put(p.get("name").asText(), p));

        assertThat(byName.keySet()).containsAll(ProjectionGroups.ALL).contains("MemberOnboardingSagaProcessor");
        ProjectionGroups.ALL.forEach(group -> {
            JsonNode projection = byName.get(group);
            assertThat(projection.get("kind").asText()).isEqualTo("projection");
            assertThat(projection.get("replayable").asBoolean()).isTrue();
            assertThat(projection.get("status").asText()).isIn("running", "replaying");
            assertThat(projection.get("segments")).isNotEmpty();
            assertThat(projection.get("position").asLong()).isLessThanOrEqualTo(projection.get("head").asLong());
            assertThat(projection.get("lagEvents").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(projection.has("lagSeconds")).isTrue();
        });
        assertThat(byName.get("MemberOnboardingSagaProcessor").get("kind").asText()).isEqualTo("saga");
        assertThat(byName.values()).filteredOn(p -> p.get("kind").asText().equals("handler")).isNotEmpty();
        assertThat(api.get("/api/operator/processors", admin).status()).isEqualTo(403);
    }

    @Test
    void onlyProjectionsCanBeReplayed() {
        JsonNode processors = new Quiet(api).processors();
        StreamSupport.stream(processors.spliterator(), false)
                .filter(p -> !p.get("kind").asText().equals("projection"))
                .forEach(p -> {
                    Api.Response refused = replay(p.get("name").asText());
                    assertThat(refused.status()).as(p.toString()).isEqualTo(409);
                    assertThat(refused.body().get("code").asText()).isEqualTo("not-replayable");
                });
        assertThat(replay("no-such-views").status()).isEqualTo(404);
        assertThat(api.post("/api/operator/processors/tenant-views/replay", admin, null).status()).isEqualTo(403);
    }

    @Test
    void everyRebuiltReadModelEqualsTheOneBuiltLiveFieldByField() {
        Quiet quiet = new Quiet(api);
        for (int attempt = 1; ; attempt++) {
            long head = quiet.settle();
            Map<String, List<Document>> live = readModels();
            rebuildAll();
            if (quiet.settle() != head && attempt < 3) {
                continue; // something else wrote events meanwhile: compare again from rest
            }
            assertThat(readModels()).isEqualTo(live);
            assertThat(live.get("audit_entries")).isNotEmpty();
            return;
        }
    }

    @Test
    void requestsServedWhileEveryReadModelIsRebuiltNeverMissAnItem() throws Exception {
        Set<String> members = new TreeSet<>();
        api.get("/api/tenants/" + SLUG + "/members?includeRemoved=true", admin).body().get("members")
                .forEach(m -> members.add(m.get("id").asText()));
        List<String> lists = new CopyOnWriteArrayList<>(List.of("team@replay.test"));
        List<String> problems = new CopyOnWriteArrayList<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger rounds = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                readEverything(members, lists, problems);
                rounds.incrementAndGet();
            }
        });
        reader.start();
        try {
            rebuildAll(() -> {
                // a write during the rebuild: once seen, the new list must stay visible
                assertThat(api.post("/api/tenants/" + SLUG + "/mail/lists", admin, Map.of("address",
                        "late@replay.test", "name", "Late", "recipients", List.of("ben@replay.test"))).status())
                        .isIn(201, 202);
                await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/tenants/" + SLUG
                        + "/mail/lists/late@replay.test", admin).status() == 200);
                lists.add("late@replay.test");
            });
            int after = rounds.get();
            await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() > after + 2);
        } finally {
            reading.set(false);
            reader.join();
        }
        assertThat(problems).isEmpty();
        assertThat(rounds.get()).isGreaterThan(3);
    }

    /** Reads everything the tenant has through its routes; records any item missing or incomplete. */
    private void readEverything(Set<String> members, List<String> lists, List<String> problems) {
        String base = "/api/tenants/" + SLUG;
        check(problems, base, tenant -> "replay.test".equals(tenant.path("primaryMailDomain").asText()));
        check(problems, base + "/members?includeRemoved=true", list -> members.stream().allMatch(id ->
                StreamSupport.stream(list.get("members").spliterator(), false).anyMatch(m ->
                        m.get("id").asText().equals(id) && m.hasNonNull("status") && m.get("steps").size() == 3)));
        members.forEach(id -> check(problems, base + "/members/" + id, m -> m.hasNonNull("status")));
        check(problems, base + "/domains", list -> list.get("domains").size() == 1
                && list.at("/domains/0/primary").asBoolean());
        check(problems, base + "/mail/aliases", list -> list.get("aliases").size() == 1);
        check(problems, base + "/mail/lists", list -> lists.stream().allMatch(address ->
                StreamSupport.stream(list.get("lists").spliterator(), false)
                        .anyMatch(l -> l.get("address").asText().equals(address) && l.hasNonNull("status"))));
    }

    private void check(List<String> problems, String path, java.util.function.Predicate<JsonNode> complete) {
        Api.Response response = api.get(path, admin);
        if (response.status() != 200 || !complete.test(response.body())) {
            problems.add(path + " → " + response);
        }
    }

    private void rebuildAll() {
        rebuildAll(() -> {
        });
    }

    /** Replays every projection at once, runs {@code meanwhile}, and waits until every one serves its rebuild. */
    private void rebuildAll(Runnable meanwhile) {
        Map<String, Integer> started = new TreeMap<>();
        for (String group : ProjectionGroups.ALL) {
            Api.Response accepted = replay(group);
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            assertThat(accepted.header("Location")).isEqualTo("/api/operator/processors/" + group);
            assertThat(accepted.body().get("status").asText()).isEqualTo("replaying");
            assertThat(accepted.body().at("/replay/progress").isNumber()).isTrue();
            started.put(group, accepted.body().at("/replay/generation").asInt());
        }
        meanwhile.run();
        started.forEach((group, generation) -> await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    JsonNode processor = api.get("/api/operator/processors/" + group, operator).body();
                    assertThat(processor.at("/replay/phase").asText()).as(processor.toString()).isEqualTo("done");
                    assertThat(processor.at("/replay/progress").asDouble()).isEqualTo(1.0);
                    assertThat(processor.get("generation").asInt()).isEqualTo(generation);
                    assertThat(processor.get("status").asText()).isEqualTo("running");
                }));
    }

    private Api.Response replay(String name) {
        return api.post("/api/operator/processors/" + name + "/replay", operator, null);
    }

    /** Every read-model collection by its logical name, as the engine reads it now, documents in id order. */
    private Map<String, List<Document>> readModels() {
        Map<String, List<Document>> models = new TreeMap<>();
        for (String physical : mongo.getCollectionNames()) {
            String logical = physical.replaceAll("__g\\d+$", "");
            if (physical.equals(generations.physicalName(logical)) && !Set.of("trackingtokens",
                    "read_model_generations").contains(logical) && GenerationNames.generationOfCollection(logical).isEmpty()) {
                List<Document> documents = new ArrayList<>();
                mongo.getCollection(physical).find().forEach(documents::add);
                documents.sort(Comparator.comparing(d -> String.valueOf(d.get("_id"))));
                models.put(logical, documents);
            }
        }
        return models;
    }
}
