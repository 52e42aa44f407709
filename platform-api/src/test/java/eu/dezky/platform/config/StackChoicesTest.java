package eu.dezky.platform.config;

import eu.dezky.platform.support.ComponentTest;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stack decisions of the walking skeleton hold in the running engine. */
@ComponentTest
class StackChoicesTest {

    @Autowired
    Configuration axon;
    @Value("${axon.update-check.disabled}")
    boolean updateCheckDisabled;

    @Test
    void axonServerConnectorIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("org.axonframework.axonserver.connector.AxonServerConnectionManager"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void jacksonSerializesEverythingAndTheUpdateCheckerIsOff() {
        assertThat(axon.serializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.eventSerializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.messageSerializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(updateCheckDisabled).isTrue();
    }
}
