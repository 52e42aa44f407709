package eu.dezky.platform.bench;

import eu.dezky.platform.DezkyEngineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a cold start's time goes (not a test): starts the engine on embedded defaults in a fresh data directory with
 * Spring's {@link BufferingApplicationStartup}, which times every step of the context's start (configuration
 * parsing, each bean's creation, the web server), and appends the steps with the most time of their own (their
 * duration minus their sub-steps') to {@code bench/RESULTS.md}. Run it with the image's JVM flags:
 * {@code bench/run.sh startup}.
 */
public final class StartupProfile {

    private static final int SHOWN = 15;

    private StartupProfile() {
    }

    public static void main(String[] args) throws IOException {
        BufferingApplicationStartup startup = new BufferingApplicationStartup(50_000);
        Path data = Files.createTempDirectory("dezky-startup-bench");
        long started = System.nanoTime();
        Map<String, Object> properties = Map.of("DEZKY_DATA_DIR", data.toString(), "PORT", "0", "server.port", "0",
                "logging.level.root", "WARN");
        double readyMs;
        Map<String, Double> ownMs;
        try (ConfigurableApplicationContext engine = new SpringApplicationBuilder(DezkyEngineApplication.class)
                .applicationStartup(startup).properties(properties).run()) {
            readyMs = (System.nanoTime() - started) / 1e6;
            ownMs = ownTimes(startup.getBufferedTimeline());
        }
        String rows = ownMs.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(SHOWN).map(e -> String.format(Locale.ROOT, "| %s | %.0f |", e.getKey(), e.getValue()))
                .collect(Collectors.joining(System.lineSeparator()));
        String section = String.format(Locale.ROOT, "%n## Cold start — %s%n%nCommit `%s`; load average %s; Java %s;"
                        + " JVM flags `%s`. The engine on embedded defaults in a fresh data directory, started in this"
                        + " process (classes from the build, not the jar): context ready after **%.0f ms**. The %d"
                        + " steps of Spring's start with the most time of their own:%n%n| step | ms |%n|---|---:|%n%s%n",
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC).withNano(0)),
                BenchmarkReport.commit(), BenchmarkReport.loadAverage(), System.getProperty("java.version"),
                String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()),
                readyMs, SHOWN, rows);
        System.out.println(section);
        Files.writeString(Path.of(System.getProperty("results", "bench/RESULTS.md")), section,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.exit(0); // the engine's non-daemon pools (db-scheduler, simulators) would keep the JVM alive
    }

    /** Each step's own time (its duration minus its sub-steps'), summed by step name and bean. */
    private static Map<String, Double> ownTimes(StartupTimeline timeline) {
        Map<Long, Long> children = new HashMap<>();
        timeline.getEvents().forEach(event -> {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                children.merge(parent, event.getDuration().toNanos(), Long::sum);
            }
        });
        Map<String, Double> own = new HashMap<>();
        timeline.getEvents().forEach(event -> {
            StringBuilder name = new StringBuilder(event.getStartupStep().getName());
            event.getStartupStep().getTags().forEach(tag -> {
                if (tag.getKey().equals("beanName")) {
                    name.append(' ').append(tag.getValue());
                }
            });
            long self = event.getDuration().toNanos() - children.getOrDefault(event.getStartupStep().getId(), 0L);
            own.merge(name.toString(), self / 1e6, Double::sum);
        });
        return own;
    }
}
