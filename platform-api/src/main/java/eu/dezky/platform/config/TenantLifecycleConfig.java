package eu.dezky.platform.config;

import eu.dezky.sagas.tenant.TenantOffboardingSaga;
import eu.dezky.sagas.tenant.TenantSuspensionSaga;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon wiring of a tenant's own lifecycle: its sagas (state, tokens and deadlines in the JDBC stores like every saga).
 * Kept apart from {@link AxonConfig} so the tenant lifecycle can be read, and changed, on its own.
 */
@Configuration(proxyBeanMethods = false)
class TenantLifecycleConfig {

    @Bean
    ConfigurerModule tenantLifecycleSagas() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSaga(TenantSuspensionSaga.class)
                .registerSaga(TenantOffboardingSaga.class));
    }
}
