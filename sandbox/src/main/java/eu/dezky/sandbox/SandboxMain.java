package eu.dezky.sandbox;

import eu.dezky.sandbox.http.Simulator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * Runs every known simulator on loopback until interrupted, printing where each listens and how to log
 * in, so a person can point the engine at them. Ports come from {@code --<name>.port=N} arguments or
 * {@code -Dsandbox.<name>.port=N}; the default 0 picks a free port. From the repository root:
 * {@code mvn -pl sandbox compile exec:java -Dexec.args="--authentik.port=9000 --ocis.port=9200"}.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    /** Starts, prints, and waits for Ctrl-C. */
    public static void main(String[] args) throws InterruptedException {
        List<Simulator> running = startAll(args, System.out);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.forEach(Simulator::close);
            stop.countDown();
        }));
        stop.await();
    }

    /** Starts every known simulator and prints one block per simulator to {@code out}. */
    public static List<Simulator> startAll(String[] args, PrintStream out) {
        List<Simulator> running = new ArrayList<>();
        for (KnownSimulators.Entry entry : KnownSimulators.all()) {
            Simulator simulator = entry.starter().apply(port(entry.name(), args));
            running.add(simulator);
            out.println(entry.name() + " simulator: " + simulator.baseUrl());
            new TreeMap<>(simulator.adminCredentials()).forEach((k, v) -> out.println("  " + k + ": " + v));
        }
        return running;
    }

    static int port(String name, String[] args) {
        String prefix = "--" + name + ".port=";
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return Integer.getInteger("sandbox." + name + ".port", 0);
    }
}
