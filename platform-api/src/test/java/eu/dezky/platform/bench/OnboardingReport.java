package eu.dezky.platform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Collects the onboarding benchmark's figures as the rows of one dated Markdown table and a {@code RESULT} line. */
final class OnboardingReport {

    private final Path results;
    private final String loadBefore = BenchmarkReport.loadAverage();
    private final List<String> rows = new ArrayList<>();
    private final List<String> result = new ArrayList<>();
    private String command = "";
    private List<String> hopRows = List.of();
    private List<String> threadRows = List.of();

    OnboardingReport(Path results) {
        this.results = results;
    }

    void command(String options) {
        this.command = options;
    }

    void ceiling(double oneClient, double eightClients) {
        row("PostgreSQL single-row insert+commit (no engine), 1 / 8 connections", "%,.0f / %,.0f per s", oneClient,
                eightClients);
        result.add(String.format(Locale.ROOT, "pg-ceiling=%.0f/s", eightClients));
    }

    void start(Duration toHealthy, String springSeconds, long rssKb) {
        row("cold start: process spawned → /actuator/health 200 (Spring's own \"Started in\")", "%.1f s (%s s)",
                toHealthy.toMillis() / 1000.0, springSeconds);
        row("RSS when healthy", "%,d MB", rssKb / 1024);
        result.add(String.format(Locale.ROOT, "cold-start=%.1fs", toHealthy.toMillis() / 1000.0));
    }

    void sequential(List<Long> micros, double eventsPerMember, long commits, double idlePerSecond) {
        List<Long> sorted = micros.stream().sorted().toList();
        double seconds = micros.stream().mapToLong(Long::longValue).sum() / 1e6;
        row("onboarding latency, " + micros.size() + " sequential (POST → read model ACTIVE): p50 / p95 / p99 / max",
                "**%.0f / %.0f / %.0f / %.0f ms**", ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1000.0);
        row("events per member (sequential)", "%.1f", eventsPerMember);
        row("PostgreSQL commits per member (sequential; minus the idle engine's rate / with it)",
                "%.1f / %.1f (idle: %.1f commits/s)", (commits - idlePerSecond * seconds) / micros.size(),
                commits / (double) micros.size(), idlePerSecond);
        result.add(String.format(Locale.ROOT, "p50=%.0fms p95=%.0fms p99=%.0fms", ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99)));
    }

    /** The engine's CPU time per sequential member, its idle rate (over {@code wall} seconds) subtracted. */
    void cpu(int members, long cpuMillis, double wall, double idleMillisPerSecond) {
        double perMember = (cpuMillis - idleMillisPerSecond * wall) / members;
        row("engine CPU per member (sequential; the idle engine's own subtracted: " + String.format(Locale.ROOT,
                "%.0f ms/s)", idleMillisPerSecond), "**%.0f ms**", perMember);
        result.add(String.format(Locale.ROOT, "cpu=%.0fms/member", perMember));
    }

    /**
     * The sequential members' CPU by part of the engine (thread groups; idle work included, ended threads missing),
     * the largest first: what each hop costs, where the latency table shows what it takes.
     */
    void cpuByThread(Map<String, Double> groups, int members, long processMillis) {
        List<String> table = new ArrayList<>();
        double listed = 0;
        double other = 0;
        for (Map.Entry<String, Double> group : groups.entrySet()) {
            double perMember = group.getValue() / members;
            listed += group.getValue();
            if (table.size() < 15 && perMember >= 0.5) {
                table.add(String.format(Locale.ROOT, "| %s | %.1f | %.0f %% |", group.getKey(), perMember,
                        100 * group.getValue() / processMillis));
            } else {
                other += group.getValue();
            }
        }
        table.add(String.format(Locale.ROOT, "| everything else | %.1f | %.0f %% |", other / members,
                100 * other / processMillis));
        table.add(String.format(Locale.ROOT, "| **live threads in all** (the process: %.1f) | **%.1f** | |",
                processMillis / (double) members, listed / members));
        threadRows = table;
        table.forEach(System.out::println);
    }

    /** Rows written per member and table during the sequential onboardings (the idle engine's writes included). */
    void rowsWritten(Map<String, Long> before, Map<String, Long> after, int members) {
        StringBuilder perTable = new StringBuilder();
        after.forEach((table, rows) -> {
            double perMember = (rows - before.getOrDefault(table, 0L)) / (double) members;
            if (perMember >= 0.05) {
                perTable.append(String.format(Locale.ROOT, "%s %.1f; ", table, perMember));
            }
        });
        row("PostgreSQL rows written per member by table (sequential, idle writes included)", "%s", perTable);
    }

    void bulk(int members, int concurrency, Duration to99, Duration to100, long active) {
        String label = String.format(Locale.ROOT, "bulk: %d members at %d clients, to 99 %% / to 100 %% ACTIVE",
                members, concurrency);
        if (to100 == null) {
            row(label, "%s / not reached (%d ACTIVE at the time-out)", to99 == null ? "not reached" : seconds(to99), active);
        } else {
            row(label, "%s (**%.1f members/s**) / %s (%.1f members/s)", seconds(to99),
                    members * 0.99 / (to99.toMillis() / 1000.0), seconds(to100), members / (to100.toMillis() / 1000.0));
        }
        result.add("bulk-99=" + (to99 == null ? "-" : seconds(to99)) + " bulk-100=" + (to100 == null ? "-" : seconds(to100)));
    }

    void bulkStore(int members, long events, long commits, double idlePerSecond, Duration took) {
        double seconds = took.toMillis() / 1000.0;
        row("bulk: events per member; events appended per s", "%.1f; %,.0f/s", events / (double) members,
                events / seconds);
        row("bulk: PostgreSQL commits per member (minus idle)", "%.1f", (commits - idlePerSecond * seconds) / members);
    }

    void imported(int rows, Duration to99, Duration to100, long active) {
        String label = String.format(Locale.ROOT, "import: one members:import of %d rows, to 99 %% / to 100 %% ACTIVE",
                rows);
        if (to100 == null) {
            row(label, "%s / not reached (%d ACTIVE at the time-out)", to99 == null ? "not reached" : seconds(to99), active);
        } else {
            row(label, "%s (**%.1f members/s**) / %s (%.1f members/s)", seconds(to99),
                    rows * 0.99 / (to99.toMillis() / 1000.0), seconds(to100), rows / (to100.toMillis() / 1000.0));
        }
        result.add("import-100=" + (to100 == null ? "-" : seconds(to100)));
    }

    void stalwart(String run, Map<String, Double> before, Map<String, Double> after, Duration took, int limit) {
        Set<String> outcomes = new HashSet<>(after.keySet());
        double total = 0;
        StringBuilder byOutcome = new StringBuilder();
        for (String outcome : outcomes.stream().sorted().toList()) {
            double delta = after.get(outcome) - before.getOrDefault(outcome, 0.0);
            total += delta;
            byOutcome.append(String.format(Locale.ROOT, "%s %,.0f; ", outcome, delta));
        }
        double rate = total / (took.toMillis() / 60_000.0);
        double limited = after.getOrDefault("rate-limited", 0.0) - before.getOrDefault("rate-limited", 0.0);
        row(run + ": Stalwart requests per minute against the limit (by outcome)", "%,.0f / %,d (%s429s: %.0f)", rate,
                limit, byOutcome, limited);
        result.add(String.format(Locale.ROOT, "%s-stalwart=%.0f/min-of-%d 429s=%.0f", run, rate, limit, limited));
    }

    void engine(long peakRssKb, long rssKb, long handlerTimeouts) {
        row("RSS: peak from the bulk run's start to its end + 12 s / at the end", "**%,d MB** / %,d MB", peakRssKb / 1024, rssKb / 1024);
        row("saga handler time-outs (Axon interrupted a handler)", "%d", handlerTimeouts);
        result.add(String.format(Locale.ROOT, "rss-peak=%dMB timeouts=%d", peakRssKb / 1024, handlerTimeouts));
    }

    /** Where a sequential onboarding's time goes, hop by hop (see {@link HopTimes}). */
    void hops(List<String> hopRows) {
        this.hopRows = hopRows;
        hopRows.forEach(System.out::println);
    }

    void write() throws IOException {
        String section = String.format(Locale.ROOT, "## Onboarding and bulk — %s%n%n"
                        + "Commit `%s`; %d cores; load average %s at the start, %s at the end (the machine is shared:"
                        + " other builds and tests ran); Java %s. PostgreSQL event store, embedded read models, the"
                        + " in-process simulators without added latency.%n"
                        + "Reproduce: `bench/run.sh onboarding %s`.%n%n| figure | value |%n|---|---|%n%s%n%n"
                        + "Sequential onboarding hop by hop (event timestamps are taken before the commit):%n%n"
                        + "| hop | median ms | p90 ms | n |%n|---|---:|---:|---:|%n%s%n%n"
                        + "Sequential onboarding CPU by part of the engine (threads, from `jcmd Thread.print`):%n%n"
                        + "| threads | CPU ms per member | share of the process |%n|---|---:|---:|%n%s%n%n",
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC).withNano(0)),
                BenchmarkReport.commit(), Runtime.getRuntime().availableProcessors(), loadBefore,
                BenchmarkReport.loadAverage(), System.getProperty("java.version"), command,
                String.join(System.lineSeparator(), rows), String.join(System.lineSeparator(), hopRows),
                String.join(System.lineSeparator(), threadRows));
        System.out.println(section);
        System.out.println("RESULT onboarding: " + String.join(" ", result) + " load=" + BenchmarkReport.loadAverage());
        Files.writeString(results, section, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void row(String figure, String format, Object... values) {
        rows.add("| " + figure + " | " + String.format(Locale.ROOT, format, values) + " |");
        System.out.println(rows.get(rows.size() - 1));
    }

    private static double ms(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
