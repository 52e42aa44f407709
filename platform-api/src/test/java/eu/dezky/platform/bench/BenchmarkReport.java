package eu.dezky.platform.bench;

import eu.dezky.platform.replay.RebuildStatus;
import eu.dezky.platform.replay.ReplaySettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Collects the replay benchmark's figures and writes them as one dated Markdown section. */
final class BenchmarkReport {

    private final Path results;
    private final String loadBefore = loadAverage();
    private final List<String> rows = new ArrayList<>();
    private long events;
    private String dataset = "";
    private String baseline = "";
    private String store = "";
    private String command = "";

    BenchmarkReport(Path results) {
        this.results = results;
    }

    void store(String readModels) {
        this.store = readModels;
    }

    /** The options this run was started with, as the command line that repeats it. */
    void command(String options) {
        this.command = options;
    }

    void dataset(int tenants, long count) {
        this.events = count;
        this.dataset = String.format(Locale.ROOT, "%,d events of %d tenants (%d members each, with domains, claims,"
                + " lifecycle operations, aliases and lists)", count, tenants, BenchmarkEvents.MEMBERS_PER_TENANT);
    }

    void baseline(String group, Duration took) {
        baseline = String.format(Locale.ROOT, "Before (the live `%s` processor, batch size 1, one write per event,"
                + " catching up from the first event): %.1f s, **%,.0f events/s**.%n%n", group,
                took.toMillis() / 1000.0, events / Math.max(took.toMillis() / 1000.0, 0.001));
    }

    /** One rebuild, or several started together (their wall-clock time from the first start to the last switch). */
    void rebuild(ReplaySettings shape, List<RebuildStatus> runs) {
        Instant start = runs.stream().map(RebuildStatus::startedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = runs.stream().map(RebuildStatus::finishedAt).max(Comparator.naturalOrder()).orElseThrow();
        double seconds = Math.max(Duration.between(start, end).toMillis(), 1) / 1000.0;
        String what = runs.size() == 1 ? runs.get(0).group() : "all " + runs.size() + " at once";
        rows.add(String.format(Locale.ROOT, "| %d | %d | %s | %.2f | %,.0f |", shape.batchSize(), shape.segments(),
                what, seconds, events * runs.size() / seconds));
        System.out.println(rows.get(rows.size() - 1));
    }

    void write() throws IOException {
        String section = String.format(Locale.ROOT, "## Projection rebuild — %s%n%n"
                        + "Commit `%s`; %d cores; load average %s at the start, %s at the end; Java %s.%n"
                        + "PostgreSQL event store; read models on %s.%n"
                        + "Store: %s.%nReproduce: `bench/replay-benchmark.sh %s`.%n"
                        + "Events/s = events in the store ÷ time from the start of the rebuild to its switch (\"all at"
                        + " once\": every projection's events ÷ the wall-clock time of all).%n%n%s"
                        + "| batch size | segments | projection | seconds | events/s |%n"
                        + "|---:|---:|---|---:|---:|%n%s%n%n",
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC).withNano(0)),
                commit(), Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage(),
                System.getProperty("java.version"), store, dataset, command, baseline,
                String.join(System.lineSeparator(), rows));
        System.out.println(section);
        if (!Files.exists(results)) {
            Files.writeString(results, "# Benchmark results\n\nNewest last. Each section says how to reproduce it.\n\n");
        }
        Files.writeString(results, section, StandardOpenOption.APPEND);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
