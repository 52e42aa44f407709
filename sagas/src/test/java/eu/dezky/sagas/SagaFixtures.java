package eu.dezky.sagas;

import org.axonframework.test.saga.SagaTestFixture;

/** Saga fixtures with their resources and the fixture's clock registered, as every saga test needs them. */
public final class SagaFixtures {

    private SagaFixtures() {
    }

    public static <T> SagaTestFixture<T> of(Class<T> saga, Object... resources) {
        SagaTestFixture<T> fixture = new SagaTestFixture<>(saga);
        for (Object resource : resources) {
            fixture.registerResource(resource);
        }
        FixtureClock.of(fixture);
        return fixture;
    }
}
