package eu.dezky.adapters.dns;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A real authoritative DNS server (Knot DNS) for the verifier's tests: writes the registered zones and a
 * config into a temp dir, starts {@code knotd} in the foreground on 127.0.0.1 with a free port (UDP and TCP),
 * waits until every zone answers SOA, and stops it after the class. Runs as the current user, root or not,
 * because the config sets no {@code user:} and keeps rundir and storage in the temp dir.
 * Register with {@code @RegisterExtension static final KnotServer knot = new KnotServer().zone(...)}.
 * Public and shipped in the adapters test-jar so the engine's component tests verify against the same real
 * server; {@link #publish} replaces a zone's records while it runs (an admin fixing their DNS).
 */
public final class KnotServer implements BeforeAllCallback, AfterAllCallback {

    /** Debian's path (package {@code knot}); overridable with {@code -Ddezky.knotd=...} or {@code KNOTD}. */
    static final String DEFAULT_KNOTD = "/usr/sbin/knotd";
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(10);

    private final Map<String, String> zones = new LinkedHashMap<>();
    private final Map<String, Integer> serials = new LinkedHashMap<>();
    private Path dir;
    private Process process;
    private int port;

    /** Serves {@code records} (absolute names, no SOA needed) as zone {@code domain}. */
    public KnotServer zone(String domain, String records) {
        zones.put(domain, records);
        return this;
    }

    /** {@code 127.0.0.1:<port>}, the form {@link DnsVerifierSettings#resolvers()} takes. */
    public String resolver() {
        return "127.0.0.1:" + port;
    }

    /**
     * Replaces the records of a registered zone in the running server and returns once it answers with them:
     * the zone file is rewritten with the next SOA serial, {@code knotc zone-reload} loads it, and the SOA is
     * polled until that serial shows.
     */
    public synchronized void publish(String domain, String records) throws IOException, InterruptedException {
        if (!zones.containsKey(domain)) {
            throw new IllegalArgumentException(domain + " is not a zone of this server; register it with zone()");
        }
        zones.put(domain, records);
        writeZone(domain);
        Path knotc = knotd().resolveSibling("knotc");
        Process reload = new ProcessBuilder(knotc.toString(), "-c", dir.resolve("knot.conf").toString(),
                "zone-reload", domain).redirectErrorStream(true).start();
        String output = new String(reload.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!reload.waitFor(10, TimeUnit.SECONDS) || reload.exitValue() != 0) {
            throw new IllegalStateException("knotc zone-reload " + domain + " failed: " + output);
        }
        awaitSerial(domain, serials.get(domain));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path knotd = knotd();
        dir = Files.createTempDirectory("dezky-knot-");
        Files.createDirectories(dir.resolve("run"));
        Files.createDirectories(dir.resolve("db"));
        Files.createDirectories(dir.resolve("zones"));
        for (String domain : zones.keySet()) {
            writeZone(domain);
        }
        port = freePort();
        Path config = dir.resolve("knot.conf");
        Files.writeString(config, config(), StandardCharsets.UTF_8);
        process = new ProcessBuilder(knotd.toString(), "-c", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("knotd.log").toFile())
                .start();
        // afterAll never runs if the test JVM is killed; a knotd orphan would then hold its port for good.
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        awaitZones();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (dir != null) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path knotd() {
        String configured = System.getProperty("dezky.knotd", System.getenv().getOrDefault("KNOTD", DEFAULT_KNOTD));
        Path knotd = Path.of(configured);
        if (!Files.isExecutable(knotd)) {
            // Fail, never skip: a skipped DNS suite would look green while proving nothing.
            throw new IllegalStateException("knotd not found at " + knotd + ": the DnsVerifier tests need a real "
                    + "authoritative DNS server. Run .ci/install-test-deps.sh (apt-get install knot) or set KNOTD.");
        }
        return knotd;
    }

    private void writeZone(String domain) throws IOException {
        int serial = serials.merge(domain, 1, Integer::sum);
        Files.writeString(dir.resolve("zones").resolve(domain + ".zone"), zoneFile(domain, zones.get(domain), serial),
                StandardCharsets.UTF_8);
    }

    private static String zoneFile(String domain, String records, int serial) {
        return String.join("\n",
                "$ORIGIN " + domain + ".",
                "$TTL 60",
                "@ IN SOA ns." + domain + ". hostmaster." + domain + ". " + serial + " 3600 600 86400 60",
                "@ IN NS ns." + domain + ".",
                "ns IN A 127.0.0.1",
                records,
                "");
    }

    private String config() {
        StringBuilder zoneList = new StringBuilder();
        zones.keySet().forEach(d -> zoneList.append("  - domain: ").append(d).append('\n'));
        return """
                server:
                    rundir: "%1$s/run"
                    listen: 127.0.0.1@%2$d
                    udp-workers: 1
                    tcp-workers: 1
                    background-workers: 1
                log:
                  - target: stderr
                    any: info
                database:
                    storage: "%1$s/db"
                template:
                  - id: default
                    storage: "%1$s/zones"
                    file: "%%s.zone"
                    zonefile-sync: -1
                    journal-content: none
                zone:
                %3$s""".formatted(dir, port, zoneList);
    }

    private void awaitZones() throws IOException, InterruptedException {
        SimpleResolver probe = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        probe.setTimeout(Duration.ofMillis(200));
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        for (String domain : zones.keySet()) {
            Message query = Message.newQuery(Record.newRecord(Name.fromString(domain + "."), Type.SOA, DClass.IN));
            while (!answersSoa(probe, query)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("knotd did not serve " + domain + " on port " + port
                            + (process.isAlive() ? " within " + STARTUP_LIMIT : " (exited " + process.exitValue() + ")")
                            + "; its log:\n" + Files.readString(dir.resolve("knotd.log")));
                }
                Thread.sleep(50);
            }
        }
    }

    private void awaitSerial(String domain, long serial) throws IOException, InterruptedException {
        SimpleResolver probe = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        probe.setTimeout(Duration.ofMillis(200));
        Message query = Message.newQuery(Record.newRecord(Name.fromString(domain + "."), Type.SOA, DClass.IN));
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (servedSerial(probe, query) != serial) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("knotd did not load serial " + serial + " of " + domain + "; its log:\n"
                        + Files.readString(dir.resolve("knotd.log")));
            }
            Thread.sleep(50);
        }
    }

    private static long servedSerial(SimpleResolver probe, Message query) {
        try {
            return probe.send(query).getSection(Section.ANSWER).stream()
                    .filter(SOARecord.class::isInstance).mapToLong(r -> ((SOARecord) r).getSerial()).findFirst().orElse(-1);
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static boolean answersSoa(SimpleResolver probe, Message query) {
        try {
            Message response = probe.send(query);
            return response.getRcode() == Rcode.NOERROR && !response.getSection(Section.ANSWER).isEmpty();
        } catch (IOException notYet) {
            return false;
        }
    }

    /** A port free for both UDP and TCP on loopback right now; knotd binds it a moment later. */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                try (DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), InetAddress.getLoopbackAddress())) {
                    return udp.getLocalPort();
                } catch (IOException udpTaken) {
                    // try another port
                }
            }
        }
        throw new IOException("no port free for both UDP and TCP on loopback");
    }
}
