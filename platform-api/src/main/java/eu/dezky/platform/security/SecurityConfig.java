package eu.dezky.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import eu.dezky.platform.idempotency.IdempotencyFilter;
import eu.dezky.platform.idempotency.IdempotencyStore;

import static eu.dezky.platform.security.CallerAuthentication.authority;

/**
 * The HTTP security rules in one place. Stateless bearer tokens, so no sessions and no CSRF tokens; every tenant
 * route goes through {@link TenantAccessPolicy}; anything not listed is denied.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, TenantAccessPolicy tenantAccess, JwtDecoder decoder,
                            SecuritySettings settings, ObjectMapper json, IdempotencyStore idempotency) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(routes -> routes
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Metrics name tenants' activity and error rates: operators only (see the README).
                        .requestMatchers("/actuator/prometheus").hasAuthority(authority(Audience.OPERATOR))
                        // The contract is public: the portal's developers read it without a token.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        // Exists only with the dev issuer, and then answers loopback callers only.
                        .requestMatchers(HttpMethod.POST, "/dev/token").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/operator/**").hasAuthority(authority(Audience.OPERATOR))
                        .requestMatchers("/api/partner/**").hasAuthority(authority(Audience.PARTNER))
                        .requestMatchers(HttpMethod.POST, "/api/tenants")
                        .hasAnyAuthority(authority(Audience.OPERATOR), authority(Audience.PARTNER))
                        .requestMatchers("/api/tenants/{slug}", "/api/tenants/{slug}/**").access(tenantAccess)
                        .requestMatchers("/api/me").authenticated()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new JwtCallerConverter(settings)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // After authorization: only admitted requests claim a key, and the key is scoped to the caller.
                .addFilterAfter(new IdempotencyFilter(idempotency, json), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * With an SSO issuer: keys from its discovery document, fetched on first use so the engine starts even while
     * the SSO is down. Without: the development issuer's key.
     */
    @Bean
    JwtDecoder jwtDecoder(SecuritySettings settings, ObjectProvider<DevIssuer> devIssuer) {
        if (settings.devIssuer()) {
            return devIssuer.getObject().decoder();
        }
        String issuer = settings.issuerUri();
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer)));
            return decoder;
        });
    }
}
