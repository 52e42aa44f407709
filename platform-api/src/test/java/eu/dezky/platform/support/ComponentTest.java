package eu.dezky.platform.support;

import eu.dezky.platform.DezkyEngineApplication;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Boots the whole engine on a random port against isolated real infrastructure; tests drive it over HTTP. Metrics
 * export stays on (Spring Boot turns it off in tests by default), so {@code /actuator/prometheus} answers as in
 * production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DezkyEngineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedInfrastructure.class)
@AutoConfigureObservability(tracing = false)
public @interface ComponentTest {
}
