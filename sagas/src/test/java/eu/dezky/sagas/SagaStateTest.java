package eu.dezky.sagas;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.sagas.claim.UnconfirmedClaimSaga;
import eu.dezky.sagas.domain.MailDomainExpirySaga;
import eu.dezky.sagas.domain.MailDomainReleaseSaga;
import eu.dezky.sagas.domain.MailDomainRemovalSaga;
import eu.dezky.sagas.domain.MailDomainSetupSaga;
import eu.dezky.sagas.domain.MailDomainVerificationSaga;
import eu.dezky.sagas.mail.MailAliasSaga;
import eu.dezky.sagas.mail.MailingListSaga;
import eu.dezky.sagas.member.MemberLifecycleSaga;
import eu.dezky.sagas.member.MemberUpdateSaga;
import eu.dezky.sagas.member.MemberLinkSaga;
import eu.dezky.sagas.member.MemberOnboardingSaga;
import eu.dezky.sagas.member.MemberRemovalSaga;
import eu.dezky.sagas.reconcile.TenantRepairSaga;
import eu.dezky.api.reconcile.Difference;
import eu.dezky.api.reconcile.RepairItem;
import eu.dezky.sagas.steps.StepRun;
import eu.dezky.sagas.tenant.TenantSuspensionSaga;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saga store writes sagas with Jackson: every saga's state survives a round trip midway (a retry pending), its
 * injected resources (transient) are never written, nor is a one-time password, and a saga stored before it ran on
 * the step engine still loads.
 */
class SagaStateTest {

    static final List<Class<?>> SAGAS = List.of(MemberOnboardingSaga.class, MemberLifecycleSaga.class, MemberUpdateSaga.class,
            MemberRemovalSaga.class, MemberLinkSaga.class, MailAliasSaga.class, MailingListSaga.class,
            MailDomainSetupSaga.class, MailDomainRemovalSaga.class, MailDomainVerificationSaga.class,
            MailDomainExpirySaga.class, MailDomainReleaseSaga.class, UnconfirmedClaimSaga.class,
            TenantRepairSaga.class, TenantSuspensionSaga.class);

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Test
    void noSagaWritesItsResources() throws Exception {
        for (Class<?> type : SAGAS) {
            String written = json.writeValueAsString(type.getDeclaredConstructor().newInstance());
            assertThat(written).as(type.getSimpleName()).doesNotContain("systems", "settings", "commandGateway",
                    "deadlineManager", "clock", "vault\"", "accounts\"", "server\"", "stalwart\"", "verifier");
        }
    }

    @Test
    void anOnboardingWaitingForARetryRoundTripsWithItsRunAndWithoutThePassword() throws Exception {
        MemberOnboardingSaga saga = new MemberOnboardingSaga();
        set(saga, "memberId", new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"));
        set(saga, "secretRef", "vault-ref-1");
        @SuppressWarnings("unchecked")
        Map<MemberSystem, String> ids = (Map<MemberSystem, String>) get(saga, "ids");
        ids.put(MemberSystem.SSO, "7");
        StepRun run = json.readValue("{\"phase\":\"FORWARD\",\"current\":\"MAILBOX\",\"attempts\":2,\"done\":[\"SSO\"],"
                + "\"retryId\":\"deadline-1\"}", StepRun.class);
        set(saga, "run", run);

        String written = json.writeValueAsString(saga);
        assertThat(written).contains("\"attempts\":2").doesNotContain("Xy7!");
        MemberOnboardingSaga read = json.readValue(written, MemberOnboardingSaga.class);
        assertThat(get(read, "memberId")).isEqualTo(get(saga, "memberId"));
        assertThat(get(read, "ids")).isEqualTo(Map.of(MemberSystem.SSO, "7"));
        StepRun readRun = (StepRun) get(read, "run");
        assertThat(readRun.phase()).isEqualTo(StepRun.Phase.FORWARD);
        assertThat(readRun.current()).isEqualTo("MAILBOX");
        assertThat(readRun.attempts()).isEqualTo(2);
        assertThat(readRun.isDone("SSO")).isTrue();
    }

    @Test
    void aSagaStoredBeforeTheStepEngineLoadsAndBeginsItsRunAfresh() throws Exception {
        // the shape onboarding sagas were stored in before: their own step and attempt fields
        MemberOnboardingSaga read = json.readValue("{\"memberId\":{\"value\":\"6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b\"},"
                + "\"current\":\"FILES\",\"attempts\":4,\"created\":{\"SSO\":\"7\"}}", MemberOnboardingSaga.class);
        assertThat(get(read, "memberId")).isEqualTo(new MemberId("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"));
        assertThat(((StepRun) get(read, "run")).phase()).as("its retry deadline begins the run again")
                .isEqualTo(StepRun.Phase.NEW);
    }

    @Test
    void aMailSagaStoredMidwayThroughAnUndoBeforeTheStepEngineStillLoads() throws Exception {
        Object alias = json.readValue("{\"operation\":\"UNDO\",\"call\":{\"attempts\":2,\"retryId\":\"d-1\"}}",
                MailAliasSaga.class);
        assertThat(get(alias, "operation")).hasToString("ADD");
        Object list = json.readValue("{\"operation\":\"UNDO_CHANGE\",\"failure\":\"x\"}", MailingListSaga.class);
        assertThat(get(list, "operation")).hasToString("CHANGE");
        assertThat(((StepRun) get(list, "run")).phase()).isEqualTo(StepRun.Phase.NEW);
    }

    @Test
    void aLifecycleOperationKeepsItsKindAccountsAndVaultReference() throws Exception {
        MemberLifecycleSaga saga = new MemberLifecycleSaga();
        set(saga, "operationId", "0b7e1f52-5d0c-4a8e-9d5e-2f1a3c4b5d6e");
        set(saga, "kind", MemberOperationKind.RESET_PASSWORD);
        set(saga, "mailbox", new MailAddress("bob@example.org"));
        set(saga, "secretRef", "vault-ref-2");
        @SuppressWarnings("unchecked")
        Map<MemberSystem, String> ids = (Map<MemberSystem, String>) get(saga, "accountIds");
        ids.put(MemberSystem.MAILBOX, "m1");
        Object read = roundTrip(saga);
        for (String field : List.of("operationId", "kind", "mailbox", "secretRef", "accountIds")) {
            assertThat(get(read, field)).as(field).isEqualTo(get(saga, field));
        }
    }

    @Test
    void aRepairKeepsItsItemsWithTheVaultReferenceButNoPassword() throws Exception {
        TenantRepairSaga saga = new TenantRepairSaga();
        set(saga, "tenant", "acme");
        set(saga, "operationId", "0b7e1f52-5d0c-4a8e-9d5e-2f1a3c4b5d6e");
        @SuppressWarnings("unchecked")
        List<RepairItem> items = (List<RepairItem>) get(saga, "items");
        items.add(new RepairItem("stalwart", Difference.missing("mailbox", "bob@acme.test", "m-1"), "Bob", true,
                List.of(), "vault-ref-3"));
        items.add(new RepairItem("stalwart", Difference.drifted("list", "team@acme.test", "recipients", "a", "b",
                null, "l1"), "Team", false, List.of("a@acme.test"), null));
        Object read = roundTrip(saga);
        for (String field : List.of("tenant", "operationId", "items")) {
            assertThat(get(read, field)).as(field).isEqualTo(get(saga, field));
        }
    }

    @Test
    void theMailAndDomainSagasKeepWhatTheyNeedToUndoOrRecheck() throws Exception {
        MailAliasSaga alias = new MailAliasSaga();
        set(alias, "id", MailAliasId.of(new MailAddress("sales@example.org")));
        set(alias, "mailbox", new MailAddress("bob@example.org"));
        set(alias, "operation", get(alias.getClass(), "REMOVE"));
        assertThat(get(roundTrip(alias), "mailbox")).isEqualTo(new MailAddress("bob@example.org"));
        assertThat(get(roundTrip(alias), "operation")).hasToString("REMOVE");

        MailingListSaga list = new MailingListSaga();
        set(list, "previousRecipients", List.of("a@example.org"));
        assertThat(get(roundTrip(list), "previousRecipients")).isEqualTo(List.of("a@example.org"));

        MailDomainSetupSaga setup = new MailDomainSetupSaga();
        set(setup, "domain", new DomainName("example.org"));
        set(setup, "dkimLooks", 3);
        assertThat(get(roundTrip(setup), "dkimLooks")).isEqualTo(3);
        assertThat(get(roundTrip(setup), "domain")).isEqualTo(new DomainName("example.org"));

        MailDomainVerificationSaga verification = new MailDomainVerificationSaga();
        List<ExpectedDnsRecord> expected = List.of(new ExpectedDnsRecord(DnsRecordType.MX, "example.org", "10 mx."));
        set(verification, "expected", new ArrayList<>(expected));
        set(verification, "recheckId", "deadline-1");
        Object read = roundTrip(verification);
        assertThat(get(read, "expected")).isEqualTo(expected);
        assertThat(get(read, "recheckId")).isEqualTo("deadline-1");
    }

    /** The constant {@code name} of the saga's nested operation enum. */
    private static Object get(Class<?> saga, String name) {
        Class<?> operation = List.of(saga.getDeclaredClasses()).stream().filter(Class::isEnum).findFirst().orElseThrow();
        return List.of(operation.getEnumConstants()).stream().filter(c -> c.toString().equals(name)).findFirst()
                .orElseThrow();
    }

    private Object roundTrip(Object saga) throws Exception {
        return json.readValue(json.writeValueAsString(saga), saga.getClass());
    }

    private static void set(Object target, String name, Object value) throws Exception {
        field(target, name).set(target, value);
    }

    private static Object get(Object target, String name) throws Exception {
        return field(target, name).get(target);
    }

    /** The field {@code name} of the saga or of a class it extends. */
    private static Field field(Object target, String name) throws NoSuchFieldException {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
