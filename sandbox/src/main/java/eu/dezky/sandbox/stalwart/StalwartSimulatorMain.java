package eu.dezky.sandbox.stalwart;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the Stalwart simulator on its own until Ctrl-C and prints where it listens and how to log in,
 * so a person can point the engine (or curl) at it. Port: first argument or {@code -Dsandbox.stalwart.port}.
 */
public final class StalwartSimulatorMain {

    private StalwartSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("sandbox.stalwart.port", 0);
        StalwartSimulator simulator = StalwartSimulator.start(StalwartSimulatorSettings.defaults().withPort(port));
        StalwartSimulatorSettings s = simulator.settings();
        System.out.println("stalwart simulator: " + simulator.baseUrl() + "  (session: /jmap/session)");
        System.out.println("  basic: " + s.adminLogin() + ":" + s.adminSecret() + "  bearer: " + s.apiKey());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stop.countDown();
        }));
        stop.await();
    }
}
