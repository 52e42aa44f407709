package eu.dezky.sandbox.stalwart;

import java.util.List;

/**
 * The one place where faults enter the Stalwart simulator: asked once per JMAP API request, with the
 * method names the request carries (e.g. {@code ["x:Account/set"]}), before anything is processed.
 *
 * <p>Why a local interface: the sandbox-wide {@code eu.dezky.sandbox.fault} package was written in
 * parallel on another branch; this seam kept the simulator independent of it, and
 * {@link FaultInjectorGate} now plugs the shared {@code FaultInjector} in without touching the
 * simulator. The local {@link StalwartFaults} stays for the one fault the shared plan lacks:
 * processing a request and then losing its response.
 */
@FunctionalInterface
public interface RequestGate {

    /** A gate that lets everything through. */
    RequestGate OPEN = methods -> Fault.none();

    /** Decides the fate of one request. */
    Fault decide(List<String> methodNames);
}
