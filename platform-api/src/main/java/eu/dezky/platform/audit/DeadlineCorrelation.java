package eu.dezky.platform.audit;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Lets a deadline carry the caller on to what its handler sends. A deadline is scheduled while a saga handles an
 * event, so the deadline message already holds that event's correlation data (who, request, operation); but the
 * deadline manager runs its handler in a unit of work without correlation providers, so the commands a retry or a
 * recheck sends lost them. With this interceptor they inherit them like any command a saga sends.
 */
@Component
class DeadlineCorrelation {

    DeadlineCorrelation(DeadlineManager deadlines, List<CorrelationDataProvider> providers) {
        deadlines.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers));
    }
}
