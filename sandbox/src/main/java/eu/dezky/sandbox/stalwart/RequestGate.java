package eu.dezky.sandbox.stalwart;

import java.util.List;

/**
 * The one place where faults enter the Stalwart simulator: asked once per JMAP API request, with the
 * method names the request carries (e.g. {@code ["x:Account/set"]}), before anything is processed.
 *
 * <p>Why a local interface: the generic fault package for all simulators ({@code eu.dezky.sandbox.fault})
 * is being written on another branch; this seam keeps the swap to it a one-class change.
 */
@FunctionalInterface
public interface RequestGate {

    /** A gate that lets everything through. */
    RequestGate OPEN = methods -> Fault.none();

    /** Decides the fate of one request. */
    Fault decide(List<String> methodNames);
}
