package eu.dezky.platform.replay;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.platform.readmodel.ProjectionCatalog;
import eu.dezky.platform.readmodel.ReadModelGenerations;
import eu.dezky.platform.readmodel.ReadModelTransactions;
import eu.dezky.projections.ProjectionGroups;
import eu.dezky.projections.readmodel.GenerationNames;
import eu.dezky.projections.readmodel.ReadModelTemplate;
import jakarta.annotation.PreDestroy;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds a projection beside its live read model. The projection's classes run in a second processor
 * ({@code <group>@g<N>}, from the first event) that writes generation N of the collections through a batching
 * template. Once it has caught up: the live processor stops, the rebuild takes the last events, the generation
 * record flips to N in one write (from then on every query reads N), and the live processor resumes from the
 * rebuild's token, now writing N. Readers see the complete old generation until the flip and the complete new one
 * after; the old one is dropped a little later, when no request can still be reading it.
 */
@Component
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final ProjectionCatalog catalog;
    private final ReadModelGenerations generations;
    private final RebuildStores stores;
    private final RebuildEventSources sources;
    private final MongoDatabaseFactory database;
    private final MongoConverter converter;
    private final ReplaySettings settings;
    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    /** Replaced generations kept for a while for requests still reading them. */
    private final Set<Integer> retiring = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService supervisor =
            Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("projection-rebuild"));

    public ProjectionRebuilds(ProjectionCatalog catalog, ReadModelGenerations generations, RebuildStores stores,
                              RebuildEventSources sources, MongoDatabaseFactory database, MongoConverter converter,
                              ReplaySettings settings) {
        this.catalog = catalog;
        this.generations = generations;
        this.stores = stores;
        this.sources = sources;
        this.database = database;
        this.converter = converter;
        this.settings = settings;
    }

    public RebuildStatus start(String group) {
        return start(group, settings);
    }

    /** Starts rebuilding {@code group} with the given batch size and segments. */
    public synchronized RebuildStatus start(String group, ReplaySettings shape) {
        if (!ProjectionGroups.ALL.contains(group)) {
            throw new RuleViolationException("not-replayable", "'" + group + "' is not a projection; only projections"
                    + " can be rebuilt (sagas and publishers have side effects)");
        }
        Rebuild running = rebuilds.get(group);
        if (running != null && running.active()) {
            throw new RuleViolationException("replay-running", "'" + group + "' is being rebuilt already");
        }
        stores.dropLeftovers(activeGenerations(), generations);
        int generation = generations.nextGeneration();
        String name = GenerationNames.processor(group, generation);
        stores.deleteTokens(name);
        Rebuild rebuild = new Rebuild(group, generation, stores.head());
        ReadModelTemplate template = ReadModelTemplate.forNewCollections(database, converter, logical -> {
            rebuild.touched().add(logical);
            return GenerationNames.collection(logical, generation);
        });
        ReadModelTransactions transactions = new ReadModelTransactions(template);
        // A tracking processor, not a pooled one: it reads and handles in the same thread, batch after batch. The
        // pooled coordinator pauses 100 ms whenever a segment's queue (1,024 events) is full, which capped a rebuild
        // near 10,000 events/s (see bench/RESULTS.md).
        EmbeddedEventStore events = sources.open(name, shape.batchSize());
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(catalog.newInstances(group, template).stream().map(catalog::eventHandlers).toList())
                        .sequencingPolicy(catalog.processing().sequencingPolicy(group))
                        .listenerInvocationErrorHandler(rebuild::eventFailed)
                        .build())
                .messageSource(events)
                .tokenStore(stores.tokenStore(transactions::storeAfterCommit))
                .transactionManager(transactions)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forParallelProcessing(shape.segments())
                        .andInitialSegmentsCount(shape.segments())
                        .andBatchSize(shape.batchSize())
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken)
                        .andTokenClaimInterval(100, TimeUnit.MILLISECONDS)
                        .andEventAvailabilityTimeout(100, TimeUnit.MILLISECONDS)
                        .andThreadFactory(AxonThreadFactory::new))
                .build();
        rebuilds.put(group, rebuild);
        log.info("Rebuilding {} into generation {} ({} events in the store)", group, generation, rebuild.status().headAtStart());
        rebuild.run(processor, events);
        supervisor.schedule(() -> watch(rebuild), 100, TimeUnit.MILLISECONDS);
        return rebuild.status();
    }

    /** The latest rebuild of {@code group}, running or finished. */
    public Optional<RebuildStatus> status(String group) {
        return Optional.ofNullable(rebuilds.get(group)).map(Rebuild::status);
    }

    private void watch(Rebuild rebuild) {
        try {
            if (rebuild.caughtUpTo(stores.head())) {
                switchOver(rebuild);
            } else {
                supervisor.schedule(() -> watch(rebuild), 100, TimeUnit.MILLISECONDS);
            }
        } catch (Exception e) {
            if (rebuild.phase() == Rebuild.Phase.DONE) {
                // switched already: the new generation is live, only resuming the live processor went wrong
                log.error("{} reads generation {}, but its processor did not resume", rebuild.group(),
                        rebuild.generation(), e);
                return;
            }
            log.error("Rebuild of {} into generation {} failed", rebuild.group(), rebuild.generation(), e);
            rebuild.failed(String.valueOf(e.getMessage()));
            rebuild.stopProcessing();
            stores.dropGeneration(rebuild.group(), rebuild.generation(), List.copyOf(rebuild.touched()));
        }
    }

    private void switchOver(Rebuild rebuild) throws InterruptedException {
        rebuild.switching();
        String group = rebuild.group();
        Optional<StreamingEventProcessor> live = catalog.processing().eventProcessor(group, StreamingEventProcessor.class);
        boolean resume = live.map(EventProcessor::isRunning).orElse(false);
        if (resume) {
            live.get().shutDown();
        }
        try {
            // The live processor has stopped, so the head now bounds everything the old generation shows.
            long head = stores.head();
            long deadline = System.nanoTime() + settings.switchTimeout().toNanos();
            while (!rebuild.caughtUpTo(head)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the rebuild did not reach position " + head + " within "
                            + settings.switchTimeout());
                }
                Thread.sleep(20);
            }
            rebuild.stopProcessing();
            Set<String> collections = new TreeSet<>(generations.collections(group));
            collections.addAll(rebuild.touched());
            int replaced = generations.switchTo(group, rebuild.generation(), List.copyOf(collections));
            // the new generation went through every parked event too: a retry would only repeat them over it
            catalog.processing().deadLetterQueue(group).ifPresent(SequencedDeadLetterQueue::clear);
            rebuild.done();
            log.info("{} now reads generation {} ({} events/s); generation {} goes in {}", group,
                    rebuild.generation(), Math.round(rebuild.eventsPerSecond()), replaced, settings.keepReplaced());
            retiring.add(replaced);
            supervisor.schedule(() -> {
                stores.dropGeneration(group, replaced, List.copyOf(collections));
                retiring.remove(replaced);
            }, settings.keepReplaced().toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            if (resume) {
                live.get().start();
            }
        }
    }

    /** Stops running rebuilds with the engine; what they wrote is cleared by the next rebuild. */
    @PreDestroy
    void stop() {
        supervisor.shutdownNow();
        rebuilds.values().stream().filter(Rebuild::active).forEach(Rebuild::stopProcessing);
    }

    private Set<Integer> activeGenerations() {
        Set<Integer> active = new TreeSet<>(generations.liveGenerations());
        active.addAll(retiring);
        rebuilds.values().stream().filter(Rebuild::active).forEach(r -> active.add(r.generation()));
        return active;
    }
}
