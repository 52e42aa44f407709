package eu.dezky.platform.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.KafkaApiTest;
import eu.dezky.platform.support.LifecycleTopic;
import eu.dezky.platform.support.LifecycleTopic.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static eu.dezky.platform.support.LifecycleTopic.deduplicated;
import static eu.dezky.platform.support.LifecycleTopic.shortTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The lifecycle topic as downstream services see it, with the engine, a real broker and real consumers: each
 * tenant's notifications in the order they happened, as CloudEvents matching the AsyncAPI document (checked for every
 * record read), and no one-time password anywhere in them.
 */
class LifecycleNotificationsTest extends KafkaApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachTenantsNotificationsArriveInTheOrderTheyHappenedAcrossInterleavedMemberLifecycles() {
        MemberActions members = new MemberActions(api, onboarding);
        String one = onboarding.tenantWithDomain("order-one", "order-one.test");
        String two = onboarding.tenantWithDomain("order-two", "order-two.test");
        String three = onboarding.tenantWithDomain("order-three", "order-three.test");

        String ann = members.create("order-one", one, "ann").get("id").asText();
        String ben = members.create("order-two", two, "ben").get("id").asText();
        String cid = members.create("order-three", three, "cid").get("id").asText();
        members.act("order-one", one, ann, "suspend");
        String bea = members.create("order-two", two, "bea").get("id").asText();
        members.act("order-three", three, cid, "logout");
        members.act("order-one", one, ann, "resume");
        members.act("order-two", two, ben, "suspend");
        members.act("order-three", three, cid, "reset-password");
        members.remove("order-one", one, ann);
        members.act("order-two", two, ben, "reset-password");
        members.remove("order-three", three, cid);

        assertTenant("order-one", List.of("tenant.created", "domain.added", "member.created", "member.active",
                "member.suspended", "member.resumed", "member.removed"));
        assertTenant("order-two", List.of("tenant.created", "domain.added", "member.created", "member.active",
                "member.created", "member.active", "member.suspended", "member.password-reset"));
        assertTenant("order-three", List.of("tenant.created", "domain.added", "member.created", "member.active",
                "member.logged-out", "member.password-reset", "member.removed"));

        List<Notification> twos = deduplicated(LifecycleTopic.ofTenant(topic.all(), "order-two"));
        assertThat(twos).filteredOn(n -> n.type().startsWith("eu.dezky.member.")).extracting(Notification::subject)
                .containsExactly(ben, ben, bea, bea, ben, ben);
        Notification created = twos.get(2);
        assertThat(created.data().get("mailbox").asText()).isEqualTo("ben@order-two.test");
        assertThat(created.headers()).containsEntry("ce_actor", "order-two-admin")
                .containsEntry("ce_actoraudience", "customer-admin").containsEntry("ce_subject", ben);
        assertThat(twos.get(6).data().get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(twos.get(0).headers()).containsEntry("ce_actor", "op").containsEntry("ce_actoraudience", "operator");
    }

    @Test
    void aPartnersTeamAndChangesToATenantAndAMemberAreNotifiedToo() {
        String operator = api.token("op", "operator");
        String partner = api.post("/api/operator/partners", operator,
                Map.of("name", "Nordic IT", "billingEmail", "billing@nordic-it.test")).body().get("id").asText();
        assertThat(api.post("/api/operator/partners/" + partner + "/staff", operator,
                Map.of("subject", "carol-sub", "email", "carol@nordic-it.test", "role", "admin")).status()).isIn(200, 201);
        assertThat(api.send("DELETE", "/api/operator/partners/" + partner + "/staff/carol-sub", operator, null, Map.of())
                .status()).isEqualTo(204);
        MemberActions members = new MemberActions(api, onboarding);
        String admin = onboarding.tenantWithDomain("update-co", "update-co.test");
        String dan = members.create("update-co", admin, "dan").get("id").asText();
        assertThat(api.send("PATCH", "/api/tenants/update-co/members/" + dan, admin,
                Map.of("displayName", "Dan D.", "role", "admin"), Map.of()).status()).isIn(200, 202);
        assertThat(api.send("PATCH", "/api/tenants/update-co", operator, Map.of("displayName", "Update Co Ltd"), Map.of())
                .status()).isEqualTo(200);

        List<Notification> team = deduplicated(topic.awaitTenant(partner, Duration.ofSeconds(30),
                records -> shortTypes(records).contains("partner.staff-removed")));
        assertThat(shortTypes(team)).containsExactly("partner.created", "partner.staff-added", "partner.staff-removed");
        assertThat(team.get(0).headers()).containsEntry("ce_source", "/partners/" + partner)
                .containsEntry("ce_subject", partner);
        assertThat(team.get(1).data().get("role").asText()).isEqualTo("admin");
        assertThat(team.get(2).headers()).containsEntry("ce_subject", "carol-sub");

        List<Notification> tenant = deduplicated(topic.awaitTenant("update-co", Duration.ofSeconds(30),
                records -> shortTypes(records).contains("tenant.updated")));
        Notification updated = tenant.stream().filter(n -> n.type().endsWith("member.updated.v1")).findFirst().orElseThrow();
        assertThat(updated.data().get("displayName").asText()).isEqualTo("Dan D.");
        assertThat(updated.data().get("role").asText()).isEqualTo("admin");
        assertThat(updated.headers()).containsEntry("ce_subject", dan);
        assertThat(tenant.get(tenant.size() - 1).data().get("displayName").asText()).isEqualTo("Update Co Ltd");
    }

    @Test
    void noOneTimePasswordIsInAnyRecord() {
        MemberActions members = new MemberActions(api, onboarding);
        String admin = onboarding.tenantWithDomain("secret-co", "secret-co.test");
        JsonNode sam = members.create("secret-co", admin, "sam");
        List<String> passwords = new ArrayList<>(List.of(sam.get("oneTimePassword").asText()));
        passwords.add(members.act("secret-co", admin, sam.get("id").asText(), "reset-password")
                .get("oneTimePassword").asText());
        assertThat(passwords).allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(20));

        topic.awaitTenant("secret-co", Duration.ofSeconds(30),
                records -> shortTypes(records).contains("member.password-reset"));
        List<Notification> everything = topic.all();
        assertThat(everything).hasSizeGreaterThan(5);
        for (String password : passwords) {
            assertThat(everything).noneMatch(n -> n.contains(password));
        }
    }

    @Test
    void healthAndMetricsShowThePublisherCaughtUp() {
        onboarding.tenant("health-co");
        topic.awaitTenant("health-co", Duration.ofSeconds(30), records -> !records.isEmpty());
        String operator = api.token("op", "operator");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode publisher = api.get("/actuator/health", operator).body().at("/components/kafkaPublisher");
            assertThat(publisher.get("status").asText()).isEqualTo("UP");
            assertThat(publisher.at("/details/eventsBehind").asLong()).isZero();
            assertThat(publisher.at("/details/secondsBehind").asDouble()).isZero();
            assertThat(publisher.at("/details/topic").asText()).isEqualTo(TOPIC);
        });
        assertThat(api.get("/actuator/metrics/dezky.kafka.publisher.lag.events", operator).body()
                .at("/measurements/0/value").asDouble()).isZero();
        assertThat(api.get("/actuator/metrics/dezky.kafka.publisher.acknowledged", operator).body()
                .at("/measurements/0/value").asDouble()).isPositive();
        assertThat(api.get("/actuator/metrics/dezky.kafka.publisher.lag.seconds", null).status())
                .as("metrics are for operators").isEqualTo(401);
        assertThat(api.get("/actuator/health", null).body().at("/components/kafkaPublisher/details").isMissingNode())
                .isTrue();
    }

    /**
     * The tenant's notifications, deduplicated, are {@code expected}; they share one partition, and their order is
     * the order of their events in the store.
     */
    private void assertTenant(String tenant, List<String> expected) {
        List<Notification> records = topic.awaitTenant(tenant, Duration.ofSeconds(30),
                found -> deduplicated(found).size() >= expected.size());
        List<Notification> unique = deduplicated(records);
        assertThat(shortTypes(unique)).as(tenant).containsExactlyElementsOf(expected);
        assertThat(LifecycleTopic.partitions(records)).as("one partition per tenant").hasSize(1);
        List<Long> positions = unique.stream().map(n -> storePosition(n.id())).toList();
        assertThat(positions).as("store order").isSorted();
    }

    private long storePosition(String eventId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT globalindex FROM domainevententry WHERE eventidentifier = ?", eventId);
        assertThat(rows).as("the CloudEvent id is the stored event's id").hasSize(1);
        return ((Number) rows.get(0).get("globalindex")).longValue();
    }
}
