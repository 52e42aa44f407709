package eu.dezky.sandbox.stalwart;

import eu.dezky.sandbox.fault.FaultInjector;

import java.util.List;

/**
 * Drives the Stalwart simulator from the sandbox-wide {@link FaultInjector}, keyed by the request's
 * first JMAP method name (the engine's client sends one method per request). The shared plan's lose-answer fault
 * is Stalwart's "process, then drop the connection".
 */
public final class FaultInjectorGate implements RequestGate {

    private final FaultInjector injector;

    public FaultInjectorGate(FaultInjector injector) {
        this.injector = injector;
    }

    @Override
    public Fault decide(List<String> methodNames) {
        eu.dezky.sandbox.fault.Fault shared = injector.decide(methodNames.isEmpty() ? "" : methodNames.get(0));
        if (shared instanceof eu.dezky.sandbox.fault.Fault.Proceed proceed) {
            return Fault.latency(proceed.latency());
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
