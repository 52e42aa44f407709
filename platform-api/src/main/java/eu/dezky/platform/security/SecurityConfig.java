package eu.dezky.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import eu.dezky.platform.idempotency.IdempotencyFilter;
import eu.dezky.platform.idempotency.IdempotencyStore;

import static eu.dezky.platform.security.CallerAuthentication.authority;

/**
 * The HTTP security rules in one place. Stateless bearer tokens, so no sessions and no CSRF tokens; every tenant
 * route goes through {@link TenantAccessPolicy}, every partner route through {@link PartnerAccessPolicy}; anything not
 * listed is denied.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, TenantAccessPolicy tenantAccess, PartnerStaffCheck partnerStaff,
                            AuthenticationManagerResolver<HttpServletRequest> issuers, ObjectMapper json,
                            IdempotencyStore idempotency) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(routes -> routes
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/metrics", "/actuator/metrics/**").hasAuthority(authority(Audience.OPERATOR))
                        // Metrics name tenants' activity and error rates: operators only (see the README).
                        .requestMatchers("/actuator/prometheus").hasAuthority(authority(Audience.OPERATOR))
                        // The contract is public: the portal's developers read it without a token.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        // Exists only with the dev issuer, and then answers loopback callers only.
                        .requestMatchers(HttpMethod.POST, "/dev/token").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/operator/**").hasAuthority(authority(Audience.OPERATOR))
                        // Partner routes: current staff of the partner the token names; the staff list: its admins.
                        .requestMatchers(HttpMethod.POST, "/api/partner/staff").access(PartnerAccessPolicy.admins(partnerStaff))
                        .requestMatchers(HttpMethod.DELETE, "/api/partner/staff/{subject}")
                        .access(PartnerAccessPolicy.admins(partnerStaff))
                        .requestMatchers("/api/partner/**").access(PartnerAccessPolicy.staff(partnerStaff))
                        .requestMatchers(HttpMethod.POST, "/api/tenants").access(PartnerAccessPolicy.operatorsOrStaff(partnerStaff))
                        .requestMatchers(HttpMethod.GET, "/api/tenants").hasAuthority(authority(Audience.OPERATOR))
                        .requestMatchers("/api/tenants/{slug}", "/api/tenants/{slug}/**").access(tenantAccess)
                        .requestMatchers("/api/me").authenticated()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(issuers)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // After authorization: only admitted requests claim a key, and the key is scoped to the caller.
                .addFilterAfter(new IdempotencyFilter(idempotency, json), AuthorizationFilter.class);
        return http.build();
    }

    /** One authentication manager per trusted issuer (the development issuer when none is configured). */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> issuerAuthentication(SecuritySettings settings,
                                                                          ObjectProvider<DevIssuer> devIssuer) {
        return IssuerAuthentication.resolver(settings, devIssuer.getIfAvailable());
    }
}
