package eu.dezky.platform.audit;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every command dispatched while serving an HTTP request with the caller's metadata. Commands sent by
 * sagas carry no request; they inherit the same keys from the event they react to through correlation data.
 * Runs on the dispatching thread, where the request and security context are bound.
 */
@Component
public class CallerMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> metadata = new HashMap<>();
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                putIfPresent(metadata, CallerMetadata.REQUEST_ID, RequestIdFilter.requestId(request));
                putIfPresent(metadata, CallerMetadata.CLIENT_IP, request.getRemoteAddr());
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
                metadata.put(CallerMetadata.SUBJECT, caller.subject());
                metadata.put(CallerMetadata.AUDIENCE, caller.audience().claimName());
                putIfPresent(metadata, CallerMetadata.EMAIL, caller.email());
            }
            if (command.getPayload() instanceof TenantScoped scoped) {
                metadata.put(CallerMetadata.TENANT, scoped.tenantId().slug());
            }
            if (command.getPayload() instanceof OperationScoped scoped && scoped.operationId() != null) {
                metadata.put(CallerMetadata.OPERATION_ID, scoped.operationId());
            }
            // Metadata already on the command (e.g. from a saga's correlation data) wins over what we derive.
            metadata.putAll(command.getMetaData());
            return command.andMetaData(metadata);
        };
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, String value) {
        if (value != null) {
            metadata.put(key, value);
        }
    }
}
