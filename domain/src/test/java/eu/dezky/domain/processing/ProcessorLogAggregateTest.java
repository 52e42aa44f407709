package eu.dezky.domain.processing;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.processing.DeadLetterEvictedEvent;
import eu.dezky.api.processing.RecordDeadLetterEvictionCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessorLogAggregateTest {

    private AggregateTestFixture<ProcessorLogAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProcessorLogAggregate.class);
    }

    @Test
    void theFirstEvictionStartsTheProcessorsLogAndEveryOneIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(RecordDeadLetterEvictionCommand.of("member-views", "e-1", "MemberStepRecorded", "m-1"))
                .expectEvents(new DeadLetterEvictedEvent("member-views", "e-1", "MemberStepRecorded", "m-1"));
        fixture.given(new DeadLetterEvictedEvent("member-views", "e-1", "MemberStepRecorded", "m-1"))
                .when(RecordDeadLetterEvictionCommand.of("member-views", "e-2", "TenantCreated", null))
                .expectEvents(new DeadLetterEvictedEvent("member-views", "e-2", "TenantCreated", null));
    }

    @Test
    void anEvictionNamesItsProcessorAndEvent() {
        assertThatThrownBy(() -> RecordDeadLetterEvictionCommand.of(" ", "e-1", "X", null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("processor");
        assertThatThrownBy(() -> RecordDeadLetterEvictionCommand.of("member-views", null, "X", null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("eventId");
    }
}
