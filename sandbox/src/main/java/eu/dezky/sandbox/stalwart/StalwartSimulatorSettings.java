package eu.dezky.sandbox.stalwart;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Start-up settings of a {@link StalwartSimulator}.
 *
 * @param adminLogin   Basic-auth login of the administrator (compared lower-cased and trimmed)
 * @param adminSecret  Basic-auth password of the administrator
 * @param apiKey       Bearer token accepted as an API key (Stalwart's start with {@code API_})
 * @param mailHost     the server host name used as MX and SRV target in zone files
 * @param defaultDomain the domain created at start and named by {@code SystemSettings.defaultDomainId}
 *                     (so it can never be destroyed); null for none
 * @param dkimDelay    how long after a domain is written its DKIM keys appear
 * @param schemaFile   the vendor schema; null: the file named by {@code DEZKY_STALWART_SCHEMA} if set, else the
 *                     simulator's own rules
 * @param port         loopback port to listen on; 0 for an ephemeral one
 */
public record StalwartSimulatorSettings(String adminLogin, String adminSecret, String apiKey, String mailHost,
                                        String defaultDomain, Duration dkimDelay, Path schemaFile, int port) {

    /** Sandbox defaults: admin/sandbox-secret, {@code API_sandbox}, 200 ms DKIM delay. */
    public static StalwartSimulatorSettings defaults() {
        return new StalwartSimulatorSettings("admin", "sandbox-secret", "API_sandbox", "mail.dezky.test",
                "dezky.test", Duration.ofMillis(200), null, 0);
    }

    public StalwartSimulatorSettings withDkimDelay(Duration delay) {
        return new StalwartSimulatorSettings(adminLogin, adminSecret, apiKey, mailHost, defaultDomain, delay,
                schemaFile, port);
    }

    public StalwartSimulatorSettings withSchemaFile(Path file) {
        return new StalwartSimulatorSettings(adminLogin, adminSecret, apiKey, mailHost, defaultDomain, dkimDelay,
                file, port);
    }

    public StalwartSimulatorSettings withPort(int listenPort) {
        return new StalwartSimulatorSettings(adminLogin, adminSecret, apiKey, mailHost, defaultDomain, dkimDelay,
                schemaFile, listenPort);
    }
}
