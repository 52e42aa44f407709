package eu.dezky.platform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the engine's CPU time goes, by thread: {@code jcmd <pid> Thread.print} prints each live thread's full name
 * and its {@code cpu=} time, so two samples show which processor, pool or simulator did the work in between.
 * {@code /proc}'s thread names are cut at 15 characters ("WorkPackage[Mem"), too short to tell processors apart.
 * A thread that ended between the samples is missing: the total here can be a little below the process's own.
 */
final class ThreadCpu {

    private static final Pattern THREAD = Pattern.compile("^\"(.+?)\".*? cpu=([0-9.]+)ms", Pattern.MULTILINE);
    private static final Pattern PROCESSOR = Pattern.compile("^(?:WorkPackage|Coordinator|EventProcessor)\\[(.+)]-\\d+$");

    private ThreadCpu() {
    }

    /** Milliseconds of CPU per live thread of process {@code pid}, by thread name. */
    static Map<String, Double> sample(long pid) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "Thread.print").redirectErrorStream(true)
                    .start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            Map<String, Double> cpu = new HashMap<>();
            Matcher thread = THREAD.matcher(dump);
            while (thread.find()) {
                cpu.merge(thread.group(1), Double.parseDouble(thread.group(2)), Double::sum);
            }
            return cpu;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /** The CPU milliseconds each group of threads used between two samples, largest first. */
    static Map<String, Double> byGroup(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> groups = new HashMap<>();
        after.forEach((name, ms) -> {
            double earlier = before.getOrDefault(name, 0.0);
            // a thread of the same name started after the first sample: all its time is new
            groups.merge(group(name), ms >= earlier ? ms - earlier : ms, Double::sum);
        });
        Map<String, Double> sorted = new LinkedHashMap<>();
        groups.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The part of the engine a thread belongs to. */
    static String group(String name) {
        Matcher processor = PROCESSOR.matcher(name);
        if (processor.matches()) {
            return "processor " + processor.group(1);
        }
        if (name.startsWith("mongo-server") || name.startsWith("MVStore") || name.startsWith("H2-")) {
            return "read models' stand-in (in-process Mongo-protocol server on H2)";
        }
        if (name.startsWith("http-nio")) {
            return "HTTP requests (Tomcat's threads: security, validation, commands sent, answers)";
        }
        if (name.startsWith("sim-") || name.startsWith("stalwart-sim") || name.equals("HTTP-Dispatcher")) {
            return "the three simulators (Authentik, Stalwart, oCIS)";
        }
        if (name.contains("CompilerThread")) {
            return "JIT compiler";
        }
        if (name.equals("VM Thread") || name.startsWith("GC ") || name.startsWith("G1 ")) {
            return "garbage collection and the VM";
        }
        return name.replaceAll("-?\\d+$", "");
    }
}
