package eu.dezky.platform.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when no SSO issuer is configured: only then do the development issuer and {@code /dev/token} exist. */
class DevIssuerCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty("dezky.security.issuer-uri"))
                && !StringUtils.hasText(context.getEnvironment().getProperty("dezky.security.issuers"));
    }
}
