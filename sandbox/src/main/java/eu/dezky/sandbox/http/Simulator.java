package eu.dezky.sandbox.http;

import eu.dezky.sandbox.fault.FaultInjector;

import java.net.URI;
import java.util.Map;

/** A running simulator: where it listens, how to log in as its administrator, and its fault plan. */
public interface Simulator extends AutoCloseable {

    /** Short stable name, e.g. {@code authentik}. */
    String name();

    /** The URL a client is configured with (the vendor's API root, ending in {@code /}). */
    URI baseUrl();

    /** Administrator credentials a person or the engine needs to call the simulator. */
    Map<String, String> adminCredentials();

    /** The fault plan of this simulator. */
    FaultInjector faults();

    /** Stops listening and releases hanging requests. */
    @Override
    void close();
}
