package eu.dezky.platform.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The onboarding and bulk benchmark ({@code bench/run.sh onboarding}): the packaged engine in a process of its own on
 * a throwaway PostgreSQL database, its in-process simulators (sandbox mode, no added latency) and the embedded read
 * models. Measures in one run: the PostgreSQL single-row insert+commit ceiling, cold start to healthy, sequential
 * onboarding latency (POST until the read model says ACTIVE), commits and events per member, then {@code members}
 * members at {@code concurrency} clients (to 99 % and 100 % ACTIVE), the Stalwart request rate against its limit and
 * the 429s, handler time-outs and the peak RSS. Prints a {@code RESULT} line and appends a section to
 * bench/RESULTS.md. System properties: {@code sequential} (100), {@code warmup} (20), {@code members} (500),
 * {@code concurrency} (32), {@code engineOpts} (JVM flags of the engine, e.g. {@code -Xmx256m}; none by default, as
 * the README's {@code java -jar}), {@code stalwartLimit}, {@code authentikLimit}, {@code ocisLimit} (requests/min,
 * 1000 each, the engine's defaults), {@code bulkTimeout} (seconds, 900).
 */
public final class OnboardingBenchmark {

    /** Long enough for every backend's statistics to reach pg_stat_database (idle ones report within 10 s). */
    private static final Duration STATS_SETTLE = Duration.ofSeconds(12);

    private OnboardingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sequential = Integer.getInteger("sequential", 100);
        int warmup = Integer.getInteger("warmup", 20);
        int members = Integer.getInteger("members", 500);
        int concurrency = Integer.getInteger("concurrency", 32);
        String engineOpts = System.getProperty("engineOpts", "");
        int stalwartLimit = Integer.getInteger("stalwartLimit", 1000);
        // Authentik's and oCIS's limits apart, so that the bulk run can show Stalwart's as the one that binds
        int authentikLimit = Integer.getInteger("authentikLimit", 1000);
        int ocisLimit = Integer.getInteger("ocisLimit", 1000);
        int imported = Integer.getInteger("import", 0);
        Path jar = Path.of(System.getProperty("jar", "platform-api/target/dezky-engine.jar"));
        OnboardingReport report = new OnboardingReport(Path.of(System.getProperty("results", "bench/RESULTS.md")));
        report.command(String.format("-Dsequential=%d -Dwarmup=%d -Dmembers=%d -Dconcurrency=%d -DstalwartLimit=%d"
                + " -DauthentikLimit=%d -DocisLimit=%d -Dimport=%d -DengineOpts=\"%s\"", sequential, warmup, members,
                concurrency, stalwartLimit, authentikLimit, ocisLimit, imported, engineOpts));

        BenchmarkDatabase database = BenchmarkDatabase.create();
        PostgresFigures postgres = new PostgresFigures(database);
        report.ceiling(postgres.insertCommitsPerSecond(1, 5000), postgres.insertCommitsPerSecond(8, 20000));
        Path work = Files.createTempDirectory("dezky-onboarding-bench");
        Map<String, String> env = new HashMap<>(Map.of("DEZKY_DATA_DIR", work.resolve("data").toString(),
                "DEZKY_JDBC_URL", database.url(), "DEZKY_JDBC_USER", "postgres", "DEZKY_JDBC_PASSWORD", "",
                "DEZKY_SANDBOX", "auto", "DNS_RESOLVERS", "127.0.0.1", "DNS_TIMEOUT", "1s",
                "STALWART_MAX_REQUESTS_PER_MINUTE", Integer.toString(stalwartLimit)));
        env.put("AUTHENTIK_MAX_REQUESTS_PER_MINUTE", Integer.toString(authentikLimit));
        env.put("OCIS_MAX_REQUESTS_PER_MINUTE", Integer.toString(ocisLimit));
        try (EngineProcess engine = EngineProcess.start(jar, engineOpts, env, work)) {
            Duration coldStart = engine.awaitHealthy(Duration.ofMinutes(5));
            report.start(coldStart, engine.springStartSeconds(), engine.rssKb());
            BenchHttp http = new BenchHttp(engine.base());
            String operator = http.token("bench-operator", "operator");
            String seq = tenant(http, operator, "bench-seq", "seq.test");
            String bulk = tenant(http, operator, "bench-bulk", "bulk.test");
            for (int i = 0; i < warmup; i++) {
                onboard(http, seq, "bench-seq", "warm" + i);
            }
            Thread.sleep(STATS_SETTLE.toMillis());
            long commits0 = postgres.commits();
            long events0 = postgres.events();
            Map<String, Long> rows0 = postgres.rowsWritten();
            long cpu0 = engine.cpuMillis();
            Map<String, Double> threads0 = ThreadCpu.sample(engine.pid());
            long wall0 = System.nanoTime();
            List<HopTimes.Onboarding> onboardings = new ArrayList<>();
            for (int i = 0; i < sequential; i++) {
                onboardings.add(onboard(http, seq, "bench-seq", "seq" + i));
            }
            long cpu1 = engine.cpuMillis();
            Map<String, Double> threads1 = ThreadCpu.sample(engine.pid());
            double wall = (System.nanoTime() - wall0) / 1e9;
            List<Long> latencies = onboardings.stream()
                    .map(o -> Duration.between(o.posted(), o.answered()).toNanos() / 1000).toList();
            Thread.sleep(STATS_SETTLE.toMillis());
            long commits1 = postgres.commits();
            long events1 = postgres.events();
            Map<String, Long> rows1 = postgres.rowsWritten();
            long cpu2 = engine.cpuMillis();
            Thread.sleep(20_000); // the idle engine's own commits (processors' token claims, the schedulers' polls)
            long commits2 = postgres.commits();
            double idlePerSecond = (commits2 - commits1) / 20.0;
            report.cpu(sequential, cpu1 - cpu0, wall, (engine.cpuMillis() - cpu2) / 20.0);
            report.cpuByThread(ThreadCpu.byGroup(threads0, threads1), sequential, cpu1 - cpu0);
            report.sequential(latencies, (events1 - events0) / (double) sequential, commits1 - commits0, idlePerSecond);
            report.rowsWritten(rows0, rows1, sequential);

            Map<String, Double> calls0 = http.externalCalls(operator, "stalwart");
            long events2 = postgres.events();
            engine.resetPeak();
            Bulk result = bulk(http, bulk, members, concurrency, Duration.ofSeconds(Long.getLong("bulkTimeout", 900)));
            Map<String, Double> calls1 = http.externalCalls(operator, "stalwart");
            Thread.sleep(STATS_SETTLE.toMillis());
            long commits3 = postgres.commits();
            long events3 = postgres.events();
            report.bulk(members, concurrency, result.to99(), result.to100(), result.active());
            report.bulkStore(members, events3 - events2, commits3 - commits2, idlePerSecond,
                    result.to100() == null ? result.elapsed() : result.to100());
            report.stalwart("bulk", calls0, calls1, result.to100() == null ? result.elapsed() : result.to100(),
                    stalwartLimit);
            if (imported > 0) {
                String importer = tenant(http, operator, "bench-import", "import.test");
                Map<String, Double> calls2 = http.externalCalls(operator, "stalwart");
                Bulk imports = importRows(http, importer, imported, Duration.ofSeconds(Long.getLong("bulkTimeout", 900)));
                report.imported(imported, imports.to99(), imports.to100(), imports.active());
                report.stalwart("import", calls2, http.externalCalls(operator, "stalwart"),
                        imports.to100() == null ? imports.elapsed() : imports.to100(), stalwartLimit);
            }
            report.engine(engine.peakRssKb(), engine.rssKb(), engine.handlerTimeouts());
            HopTimes hops = new HopTimes(); // last: its queries are commits too
            for (HopTimes.Onboarding onboarding : onboardings) {
                hops.add(database, onboarding);
            }
            report.hops(hops.rows());
        } finally {
            database.drop();
        }
        report.write();
        System.exit(0);
    }

    /** A tenant with a mail domain that is set up; answers its admin's token. */
    private static String tenant(BenchHttp http, String operator, String slug, String domain) throws InterruptedException {
        BenchHttp.Answer created = http.post("/api/tenants", operator, Map.of("slug", slug, "displayName", slug,
                "owner", Map.of("subject", slug + "-admin", "email", "admin@" + domain)));
        check(created.status() == 201, "tenant " + slug + ": " + created);
        String admin = http.token(slug + "-admin", "customer-admin");
        BenchHttp.Answer added = http.post("/api/tenants/" + slug + "/domains", admin, Map.of("domain", domain));
        check(added.status() == 201 || added.status() == 202, "domain " + domain + ": " + added);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (http.get("/api/tenants/" + slug, admin).body().path("primaryMailDomain").isMissingNode()) {
            check(System.nanoTime() < deadline, "domain " + domain + " never became primary");
            Thread.sleep(100);
        }
        return admin;
    }

    /** One member from the POST until the read model says ACTIVE. */
    private static HopTimes.Onboarding onboard(BenchHttp http, String admin, String slug, String username) throws InterruptedException {
        Instant posted = Instant.now();
        BenchHttp.Answer created = http.post("/api/tenants/" + slug + "/members", admin,
                Map.of("displayName", "Bench " + username, "username", username, "role", "member"));
        check(created.status() == 201 || created.status() == 202, username + ": " + created);
        String status = created.body().path("status").asText();
        String path = "/api/tenants/" + slug + "/members/" + created.body().get("id").asText();
        while (!status.equals("ACTIVE")) {
            check(!status.equals("FAILED"), username + " failed: " + created);
            Thread.sleep(2);
            status = http.get(path, admin).body().path("status").asText();
        }
        Instant answered = Instant.now();
        return new HopTimes.Onboarding(created.body().get("id").asText(), created.body().path("mailbox").asText(),
                posted, answered);
    }

    /** What a bulk run reached: when 99 % and all members were ACTIVE (null: not within the time-out). */
    private record Bulk(Duration to99, Duration to100, long active, Duration elapsed) {
    }

    private static Bulk bulk(BenchHttp http, String admin, int members, int concurrency, Duration timeout)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < members; i = next.getAndIncrement()) {
                    BenchHttp.Answer created = http.post("/api/tenants/bench-bulk/members", admin,
                            Map.of("displayName", "Bulk " + i, "username", "bulk" + i, "role", "member"));
                    if (created.status() != 201 && created.status() != 202) {
                        System.err.println("bulk" + i + ": " + created);
                    }
                }
            });
        }
        clients.shutdown();
        Bulk reached = awaitActive(http, admin, "bench-bulk", members, start, timeout);
        clients.awaitTermination(1, TimeUnit.MINUTES);
        return reached;
    }

    /** One {@code members:import} of {@code rows} members (JSON), until every one is ACTIVE. */
    private static Bulk importRows(BenchHttp http, String admin, int rows, Duration timeout) throws InterruptedException {
        List<Map<String, String>> file = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            file.add(Map.of("displayName", "Imported " + i, "username", "imp" + i, "role", "member"));
        }
        long start = System.nanoTime();
        BenchHttp.Answer started = http.post("/api/tenants/bench-import/members:import", admin, file);
        check(started.status() == 202, "import: " + started);
        return awaitActive(http, admin, "bench-import", rows, start, timeout);
    }

    /** Polls the tenant's ACTIVE members until {@code members} are, noting when 99 % were. */
    private static Bulk awaitActive(BenchHttp http, String admin, String slug, int members, long start, Duration timeout)
            throws InterruptedException {
        Duration to99 = null;
        long active = 0;
        long deadline = start + timeout.toNanos();
        while (active < members && System.nanoTime() < deadline) {
            Thread.sleep(250);
            JsonNode page = http.get("/api/tenants/" + slug + "/members?status=active&limit=1", admin).body();
            active = page.path("total").asLong();
            if (to99 == null && active >= Math.ceil(members * 0.99)) {
                to99 = Duration.ofNanos(System.nanoTime() - start);
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Bulk(to99, active >= members ? elapsed : null, active, elapsed);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
