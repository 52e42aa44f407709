package eu.dezky.platform.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.lifecycle.Phase;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops the deadline scheduler before Axon shuts down, letting the deadlines that are running finish while their
 * commands still have handlers. db-scheduler's starter stops the scheduler only when its bean is destroyed, after
 * every lifecycle has stopped: a saga retry running then sent its step reports into a command bus without handlers,
 * the deadline counted as done, and the member stayed PROVISIONING for good (found by the randomized fault run). The
 * phase sits below the web server's (no new requests first) and above all of Axon's.
 */
@Component
class DeadlineSchedulerShutdown implements SmartLifecycle {

    static final int PHASE = Integer.MAX_VALUE - 4096;

    private final Scheduler scheduler;
    private volatile boolean running;

    DeadlineSchedulerShutdown(Scheduler scheduler) {
        this.scheduler = scheduler;
        if (PHASE <= Phase.INSTRUCTION_COMPONENTS) {
            throw new IllegalStateException("the deadline scheduler must stop before every Axon component");
        }
    }

    /** db-scheduler's starter starts the scheduler once the context is ready; nothing to do here. */
    @Override
    public void start() {
        running = true;
    }

    /** Waits for running deadlines (db-scheduler's shutdown wait); a second stop at bean destruction is a no-op. */
    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
