package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15: the simulator runs on its own rules, without the vendor's schema file, and those rules agree with that
 * schema, which the build switches on for the tests ({@code DEZKY_STALWART_SCHEMA}, set when ../shared/specs holds
 * the file, as on CI and in the developers' worktrees).
 */
class StalwartVocabularyTest {

    @Test
    void theOwnRulesAgreeWithTheVendorSchema() {
        StalwartSchema vendor = StalwartSchema.configured().orElseThrow(() -> new AssertionError(
                "the build sets " + StalwartSchema.LOCATION_SETTING + " when ../shared/specs has the schema"));
        OwnVocabulary own = OwnVocabulary.INSTANCE;

        for (String object : new String[] {DomainRules.OBJECT, DkimRules.OBJECT, AccountRules.OBJECT,
                MailingListRules.OBJECT}) {
            assertThat(vendor.hasObject(object)).as(object).isTrue();
            assertThat(own.isMultiVariant(object)).as(object).isEqualTo(vendor.isMultiVariant(object));
            assertThat(own.variants(object)).as(object).containsExactlyElementsOf(vendor.isMultiVariant(object)
                    ? vendor.variants(object) : java.util.Set.of());
            for (String variant : own.isMultiVariant(object) ? own.variants(object) : java.util.Set.of("")) {
                String fields = own.fieldsNameFor(object, variant);
                assertThat(fields).isEqualTo(vendor.fieldsNameFor(object, variant.isEmpty() ? null : variant));
                assertThat(own.property(fields, "createdAt").isPresent()).as(fields + " createdAt")
                        .isEqualTo(vendor.property(fields, "createdAt").isPresent());
            }
        }
        OwnVocabulary.CONTAINERS.forEach((fields, properties) -> properties.forEach((property, spec) -> {
            JsonNode vendorType = vendor.property(fields, property).orElseThrow().path("type");
            assertThat(spec.path("type").path("type")).as(fields + "." + property).isEqualTo(vendorType.path("type"));
            assertThat(spec.path("type").path("objectName")).isEqualTo(vendorType.path("objectName"));
            assertThat(spec.path("type").at("/class/type")).isEqualTo(vendorType.at("/class/type"));
        }));
        assertThat(own.defaults(OwnVocabulary.DKIM_MANAGEMENT).toString())
                .isEqualTo(vendor.defaults(OwnVocabulary.DKIM_MANAGEMENT).toString());
    }

    @Test
    void withoutTheVendorSchemaTheSimulatorRunsOnItsOwnRules() {
        String configured = System.getProperty(StalwartSchema.LOCATION_SETTING);
        System.clearProperty(StalwartSchema.LOCATION_SETTING);
        StalwartSimulator simulator;
        try {
            simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults().withDkimDelay(Duration.ofMillis(50)));
        } finally {
            if (configured != null) {
                System.setProperty(StalwartSchema.LOCATION_SETTING, configured);
            }
        }
        try (simulator) {
            JmapTestClient jmap = new JmapTestClient(simulator);
            assertThat(simulator.vocabulary()).isEqualTo("the simulator's own rules");

            String id = jmap.createDomain("own-rules.example");
            JsonNode domain = jmap.ok("x:Domain/get", "{\"ids\":[\"" + id + "\"]}").path("list").path(0);
            assertThat(domain.path("createdAt").isTextual()).isTrue();
            assertThat(domain.path("dkimManagement").path("rotateAfter").asLong()).isEqualTo(7_776_000_000L);
            await().atMost(Duration.ofSeconds(10)).until(() -> jmap.ok("x:DkimSignature/query",
                    "{\"filter\":{\"domainId\":\"" + id + "\"}}").path("ids").size() == 2);
            JsonNode refused = jmap.call("x:Account/set", "{\"create\":{\"a\":{\"name\":\"bob\"}}}");
            assertThat(refused.toString()).as("an account without @type").contains("invalidPatch");
        }
    }
}
