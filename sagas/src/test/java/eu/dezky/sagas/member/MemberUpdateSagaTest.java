package eu.dezky.sagas.member;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.member.MemberDetailsChangedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.SagaFixtures;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static eu.dezky.sagas.member.MemberLifecycleSagaTest.ACME;
import static eu.dezky.sagas.member.MemberLifecycleSagaTest.AGGREGATE;
import static eu.dezky.sagas.member.MemberLifecycleSagaTest.BOB;
import static eu.dezky.sagas.member.MemberLifecycleSagaTest.COMPLETED;
import static eu.dezky.sagas.member.MemberLifecycleSagaTest.ID;
import static eu.dezky.sagas.member.MemberLifecycleSagaTest.IDS;
import static eu.dezky.sagas.member.MemberLifecycleSagaTest.OP;
import static eu.dezky.sagas.member.MemberLifecycleSagaTest.SYSTEMS;
import static eu.dezky.sagas.member.MemberLifecycleSagaTest.failed;
import static eu.dezky.sagas.member.MemberLifecycleSagaTest.step;
import static eu.dezky.sagas.member.MemberOnboardingSagaTest.failure;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The member-update saga: a new name to SSO and files, the mailbox skipped, a role change alone all skipped. */
class MemberUpdateSagaTest {

    private final MemberAccounts accounts = mock(MemberAccounts.class);
    private SagaTestFixture<MemberUpdateSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = SagaFixtures.of(MemberUpdateSaga.class, accounts, SYSTEMS);
    }

    private static MemberDetailsChangedEvent changed(String name, MemberRole role) {
        return new MemberDetailsChangedEvent(ID, ACME, OP, name, role, BOB, IDS);
    }

    @Test
    void aNewNameGoesToSsoAndFilesAndTheMailboxKeepsItsOwn() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(changed("Bob B.", null))
                .expectDispatchedCommandsMatching(Commands.inOrder(step(MemberSystem.SSO, StepState.DONE),
                        step(MemberSystem.MAILBOX, StepState.SKIPPED, "keeps the name"),
                        step(MemberSystem.FILES, StepState.DONE), COMPLETED));
        verify(accounts).rename(MemberSystem.SSO, "7", "Bob B.");
        verify(accounts).rename(MemberSystem.FILES, "f1", "Bob B.");
    }

    @Test
    void aRoleChangeAloneTouchesNoSystem() {
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(changed(null, MemberRole.ADMIN))
                .expectDispatchedCommandsMatching(Commands.inOrder(
                        step(MemberSystem.SSO, StepState.SKIPPED, "engine only"),
                        step(MemberSystem.MAILBOX, StepState.SKIPPED, "engine only"),
                        step(MemberSystem.FILES, StepState.SKIPPED, "engine only"), COMPLETED));
        verify(accounts, never()).rename(any(), anyString(), anyString());
    }

    @Test
    void aRefusedRenameFailsSayingWhichSystemAlreadyShowsTheName() {
        doThrow(failure(AdapterException.Kind.REJECTED)).when(accounts).rename(MemberSystem.FILES, "f1", "Bob B.");
        fixture.givenNoPriorActivity()
                .whenAggregate(AGGREGATE).publishes(changed("Bob B.", null))
                .expectDispatchedCommandsMatching(last(failed("send the same PATCH again")
                        .and(failed("already show it"))));
        verify(accounts).rename(MemberSystem.SSO, "7", "Bob B.");
    }

    private static Matcher<List<? super CommandMessage<?>>> last(Predicate<Object> expected) {
        return new CustomTypeSafeMatcher<>("the last command matching") {
            @Override
            protected boolean matchesSafely(List<? super CommandMessage<?>> item) {
                return !item.isEmpty() && expected.test(((CommandMessage<?>) item.get(item.size() - 1)).getPayload());
            }
        };
    }
}
