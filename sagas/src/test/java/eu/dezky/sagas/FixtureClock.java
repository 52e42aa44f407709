package eu.dezky.sagas;

import org.axonframework.test.saga.FixtureConfiguration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The saga fixture's time as a {@link Clock}, registered as the sagas' clock resource so that the retry times they
 * report ({@code nextAttemptAt}) match the deadlines the fixture schedules, also after {@code whenTimeElapses}.
 */
public final class FixtureClock extends Clock {

    private final FixtureConfiguration fixture;

    private FixtureClock(FixtureConfiguration fixture) {
        this.fixture = fixture;
    }

    /** The fixture's clock, not registered: for what the test builds beside the saga (an HTTP executor's clock). */
    public static FixtureClock reading(FixtureConfiguration fixture) {
        return new FixtureClock(fixture);
    }

    /** Registers the fixture's clock with the fixture and answers it. */
    public static FixtureClock of(FixtureConfiguration fixture) {
        FixtureClock clock = new FixtureClock(fixture);
        fixture.registerResource(clock);
        return clock;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return fixture.currentTime();
    }
}
