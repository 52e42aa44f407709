package eu.dezky.adapters.dns;

import java.time.Duration;
import java.util.List;

/**
 * Where and how patiently the verifier asks. {@code resolvers} are {@code host[:port]} (IPv6 as
 * {@code [addr]:port}); {@code queryTimeout} bounds one attempt at one resolver, and each resolver gets
 * {@code attemptsPerResolver} attempts, so one lookup never takes longer than
 * {@code queryTimeout × attemptsPerResolver × resolvers} plus half a second of headroom.
 */
public record DnsVerifierSettings(List<String> resolvers, Duration queryTimeout, int attemptsPerResolver) {

    /** Two public resolvers run by different operators, so one outage does not fail verification. */
    public static final List<String> DEFAULT_RESOLVERS = List.of("1.1.1.1", "8.8.8.8");

    public DnsVerifierSettings {
        if (resolvers == null || resolvers.isEmpty()) {
            throw new IllegalArgumentException("at least one resolver is required");
        }
        resolvers = List.copyOf(resolvers);
        if (queryTimeout == null || queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive");
        }
        if (attemptsPerResolver < 1) {
            throw new IllegalArgumentException("at least one attempt per resolver is required");
        }
    }

    public static DnsVerifierSettings defaults() {
        return new DnsVerifierSettings(DEFAULT_RESOLVERS, Duration.ofSeconds(2), 2);
    }

    public DnsVerifierSettings withResolvers(String... hostPorts) {
        return new DnsVerifierSettings(List.of(hostPorts), queryTimeout, attemptsPerResolver);
    }

    public DnsVerifierSettings withQueryTimeout(Duration timeout) {
        return new DnsVerifierSettings(resolvers, timeout, attemptsPerResolver);
    }

    public DnsVerifierSettings withAttemptsPerResolver(int attempts) {
        return new DnsVerifierSettings(resolvers, queryTimeout, attempts);
    }

    /** Upper bound of one lookup across all resolvers and attempts. */
    public Duration lookupBudget() {
        return queryTimeout.multipliedBy((long) attemptsPerResolver * resolvers.size());
    }
}
