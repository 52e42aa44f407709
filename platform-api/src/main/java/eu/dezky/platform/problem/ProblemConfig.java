package eu.dezky.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses paths with {@code ..}, {@code ;}, an encoded slash or NUL, and non-ASCII
 * header values, before any route or filter of ours runs; Tomcat refuses some of them even earlier. Both refusals are
 * problems too.
 */
@Configuration(proxyBeanMethods = false)
class ProblemConfig {

    /** Tomcat's own refusals (before any filter) are written by {@link ProblemReportValve}. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Bean
    RequestRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        return (request, response, rejected) -> Problems.write(json, request, response, Problems.invalid(
                ProblemCode.REJECTED_REQUEST, null,
                "The request was refused before reaching a route: its path or a header is malformed."));
    }
}
