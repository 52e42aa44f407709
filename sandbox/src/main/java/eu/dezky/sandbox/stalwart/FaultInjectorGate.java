package eu.dezky.sandbox.stalwart;

import eu.dezky.sandbox.fault.FaultInjector;

import java.time.Duration;
import java.util.List;

/**
 * Drives the Stalwart simulator from the sandbox-wide {@link FaultInjector}, asked for each JMAP method the request
 * carries in turn (the engine's client puts several in one request): the first planned fault is the request's. The
 * shared plan's lose-answer fault is Stalwart's "process, then drop the connection".
 */
public final class FaultInjectorGate implements RequestGate {

    private final FaultInjector injector;

    public FaultInjectorGate(FaultInjector injector) {
        this.injector = injector;
    }

    @Override
    public Fault decide(List<String> methodNames) {
        eu.dezky.sandbox.fault.Fault shared = null;
        Duration latency = Duration.ZERO;
        // a fault planned for any method the request carries is the request's (the client batches calls)
        for (String method : methodNames.isEmpty() ? List.of("") : methodNames) {
            shared = injector.decide(method);
            if (!(shared instanceof eu.dezky.sandbox.fault.Fault.Proceed proceed)) {
                break;
            }
            latency = proceed.latency().compareTo(latency) > 0 ? proceed.latency() : latency;
        }
        if (shared instanceof eu.dezky.sandbox.fault.Fault.Proceed) {
            return Fault.latency(latency);
        }
        if (shared instanceof eu.dezky.sandbox.fault.Fault.Fail fail) {
            return fail.status() == 429 && fail.retryAfter() != null
                    ? Fault.tooManyRequests(fail.retryAfter()) : Fault.status(fail.status());
        }
        if (shared instanceof eu.dezky.sandbox.fault.Fault.Hang) {
            return Fault.hang();
        }
        if (shared instanceof eu.dezky.sandbox.fault.Fault.LoseAnswer) {
            return Fault.dropAfter();
        }
        return Fault.dropBefore();
    }
}
