package eu.dezky.platform.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine as operators run it: {@code java [options] -jar dezky-engine.jar} in a process of its own, so its
 * resident memory and its cold start are its own. Samples the process's RSS every 200 ms from {@code /proc}.
 */
final class EngineProcess implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Started DezkyEngineApplication in ([0-9.]+) seconds");

    private final Process process;
    private final Path log;
    private final int port;
    private final long spawnedAt = System.nanoTime();
    private final AtomicLong peakRssKb = new AtomicLong();
    private final Thread sampler;

    private EngineProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts the jar with {@code options} (JVM flags, split on blanks) and {@code env} added to this one's. */
    static EngineProcess start(Path jar, String options, Map<String, String> env, Path workDir) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java"));
        for (String option : options.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Path log = workDir.resolve("engine.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(port));
        return new EngineProcess(builder.start(), log, port);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Path log() {
        return log;
    }

    /** Waits for {@code /actuator/health} to answer 200; answers the time since the process was spawned. */
    Duration awaitHealthy(Duration within) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(base().resolve("/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the engine stopped at start; see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - spawnedAt);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the engine was not healthy within " + within + "; see " + log);
    }

    /** Spring's own "Started … in N seconds" (context start, without the JVM's), if it was logged. */
    String springStartSeconds() throws IOException {
        Matcher matcher = STARTED.matcher(Files.readString(log));
        return matcher.find() ? matcher.group(1) : "?";
    }

    /** How often the log says a handler exceeded Axon's time-out (the thread was interrupted). */
    long handlerTimeouts() throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("has exceeded its timeout")).count();
        }
    }

    long pid() {
        return process.pid();
    }

    long rssKb() {
        return status("VmRSS:");
    }

    /**
     * CPU time the engine's process has used so far (user + system, all threads), in milliseconds: work, where
     * wall-clock latency on two shared cores also shows whatever else ran. {@code /proc/<pid>/stat} counts in clock
     * ticks of 10 ms (USER_HZ is 100 on Linux).
     */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime, stime: fields 14, 15
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The highest RSS sampled since the last reset (or the start). */
    long peakRssKb() {
        return Math.max(peakRssKb.get(), rssKb());
    }

    void resetPeak() {
        peakRssKb.set(rssKb());
    }

    private void sample() {
        while (process.isAlive()) {
            peakRssKb.accumulateAndGet(rssKb(), Math::max);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended
        }
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
