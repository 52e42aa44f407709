package eu.dezky.adapters.dns;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Sends one question to the configured resolvers through dnsjava and classifies the answer. dnsjava does the
 * protocol work: retries across resolvers, and TCP when a UDP answer comes back truncated (long DKIM keys).
 */
final class DnsLookup {

    /**
     * Headroom over the budget before we stop waiting ourselves. Needed because dnsjava checks query deadlines
     * only about once a second, so a sub-second timeout would otherwise stretch to a second or more.
     */
    private static final Duration SAFETY_MARGIN = Duration.ofMillis(500);

    private final ExtendedResolver resolver;
    private final Duration budget;

    DnsLookup(DnsVerifierSettings settings) {
        List<Resolver> resolvers = new ArrayList<>();
        for (String hostPort : settings.resolvers()) {
            InetSocketAddress address = socketAddress(hostPort);
            if (address.isUnresolved()) {
                throw new IllegalArgumentException("resolver host cannot be resolved: " + hostPort);
            }
            SimpleResolver simple = new SimpleResolver(address);
            simple.setTimeout(settings.queryTimeout());
            resolvers.add(simple);
        }
        this.resolver = new ExtendedResolver(resolvers);
        this.resolver.setRetries(settings.attemptsPerResolver());
        this.budget = settings.lookupBudget();
        this.resolver.setTimeout(budget);
    }

    CompletableFuture<LookupOutcome> lookup(String name, int type) {
        Message query = Message.newQuery(Record.newRecord(absolute(name), type, DClass.IN));
        return resolver.sendAsync(query).toCompletableFuture()
                .orTimeout(budget.plus(SAFETY_MARGIN).toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, error) -> error == null ? classify(response, type) : failure(error));
    }

    private LookupOutcome classify(Message response, int type) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return new LookupOutcome.Absent("the name does not exist (NXDOMAIN)");
        }
        if (rcode != Rcode.NOERROR) {
            return new LookupOutcome.Failed("the resolver answered " + Rcode.string(rcode));
        }
        List<Record> records = response.getSection(Section.ANSWER).stream().filter(r -> r.getType() == type).toList();
        return records.isEmpty()
                ? new LookupOutcome.Absent("no " + Type.string(type) + " record at this name")
                : new LookupOutcome.Answered(records);
    }

    private LookupOutcome failure(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException || isDnsjavaTimeout(cause)) {
            return new LookupOutcome.Failed("no answer from " + resolver.getResolvers().length
                    + " resolver(s) within " + budget.toMillis() + " ms");
        }
        return new LookupOutcome.Failed("lookup failed: " + cause);
    }

    /** dnsjava 3.7 reports an expired query as a plain IOException; its message is the only tell. */
    private static boolean isDnsjavaTimeout(Throwable cause) {
        return cause instanceof IOException && String.valueOf(cause.getMessage()).startsWith("Timed out");
    }

    private static Name absolute(String name) {
        try {
            return Name.fromString(name, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a DNS name: " + name, e);
        }
    }

    /** {@code host}, {@code host:port}, {@code [v6]:port} or a bare IPv6 address. */
    static InetSocketAddress socketAddress(String hostPort) {
        String value = hostPort.trim();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            String host = value.substring(1, close);
            String rest = value.substring(close + 1);
            return new InetSocketAddress(host, rest.startsWith(":") ? Integer.parseInt(rest.substring(1)) : 53);
        }
        int colon = value.indexOf(':');
        if (colon > 0 && colon == value.lastIndexOf(':')) {
            return new InetSocketAddress(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
        }
        return new InetSocketAddress(value, SimpleResolver.DEFAULT_PORT);
    }
}
