package eu.dezky.sagas.domain;

import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.RecordMailDomainProvisionedCommand;
import eu.dezky.sagas.SagaFixtures;
import eu.dezky.sagas.SimulatedStalwart;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.ADDED;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.DOMAIN;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.SETTINGS;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.SYSTEMS;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The setup saga end to end against the real client and the Stalwart simulator's asynchronous DKIM keys. */
class MailDomainSetupSimulatorTest {

    private final SimulatedStalwart stalwart = new SimulatedStalwart(Duration.ofSeconds(1));

    @AfterEach
    void stop() {
        stalwart.close();
    }

    @Test
    void theDomainIsCreatedInStalwartAndItsZoneFileRecordsAreReportedOnceTheDkimKeysExist() {
        StalwartClient client = stalwart.client;
        SagaTestFixture<MailDomainSetupSaga> fixture = SagaFixtures.of(MailDomainSetupSaga.class, client, SETTINGS,
                SYSTEMS);

        var given = fixture.givenAggregate(DOMAIN.value()).published(ADDED);
        String id = client.findDomain("example.org").orElseThrow().id();
        await().atMost(Duration.ofSeconds(10)).until(() -> !client.listDkimSignatures(id).isEmpty());

        given.whenTimeElapses(SETTINGS.dkimWaitInterval())
                .expectDispatchedCommandsMatching(OnlyOutcome.of(RecordMailDomainProvisionedCommand.class, c -> {
                    assertThat(c.stalwartDomainId()).isEqualTo(id);
                    assertThat(c.expectedRecords()).extracting(ExpectedDnsRecord::type).contains(DnsRecordType.MX,
                            DnsRecordType.SPF, DnsRecordType.DKIM, DnsRecordType.DMARC, DnsRecordType.OWNERSHIP);
                    assertThat(c.expectedRecords()).contains(new ExpectedDnsRecord(DnsRecordType.DMARC,
                            "_dmarc.example.org", "v=DMARC1; p=reject; rua=mailto:postmaster@example.org"),
                            new ExpectedDnsRecord(DnsRecordType.OWNERSHIP, "_dezky-verify.example.org",
                                    "dezky-verify=" + TOKEN));
                    return true;
                }));
        assertThat(stalwart.simulator.callCount("x:Domain/set")).isEqualTo(1);
    }
}
