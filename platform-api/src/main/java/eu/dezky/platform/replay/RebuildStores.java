package eu.dezky.platform.replay;

import eu.dezky.platform.readmodel.ProjectionTokenStores;
import eu.dezky.platform.readmodel.ReadModelGenerations;
import eu.dezky.projections.readmodel.GenerationNames;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a rebuild needs of the stores beside the projection itself: the event store's head, its processor's token
 * store, and clearing away a generation (collections and tokens) that was replaced or never finished. Collections
 * are dropped by their physical names, straight on the database, since the live template would map the names.
 */
@Component
class RebuildStores {

    private static final Logger log = LoggerFactory.getLogger(RebuildStores.class);

    private final EventStore eventStore;
    private final ProjectionTokenStores tokenStores;
    private final Configuration axon;
    private final MongoDatabaseFactory database;

    RebuildStores(EventStore eventStore, ProjectionTokenStores tokenStores, Configuration axon,
                  MongoDatabaseFactory database) {
        this.eventStore = eventStore;
        this.tokenStores = tokenStores;
        this.axon = axon;
        this.database = database;
    }

    /** The position of the newest event in the store; -1 when it is empty. */
    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    TokenStore tokenStore(Consumer<Runnable> storing) {
        return tokenStores.plain(axon.serializer(), storing);
    }

    /** Forgets a processor's tokens, so a generation number used before starts from the first event again. */
    void deleteTokens(String processorName) {
        TokenStore tokens = tokenStores.plain(axon.serializer(), Runnable::run);
        for (int segment : tokens.fetchSegments(processorName)) {
            tokens.fetchToken(processorName, segment); // claims it: only the owner may delete
            tokens.deleteToken(processorName, segment);
        }
    }

    /** Drops a generation's collections and its processor's tokens; a failure is logged, the next rebuild retries. */
    void dropGeneration(String group, int generation, Collection<String> logicalNames) {
        try {
            Set<String> existing = new HashSet<>();
            database.getMongoDatabase().listCollectionNames().forEach(existing::add);
            logicalNames.stream().map(logical -> GenerationNames.collection(logical, generation))
                    .filter(existing::contains).forEach(this::drop);
            deleteTokens(GenerationNames.processor(group, generation));
        } catch (RuntimeException e) {
            log.warn("Could not clear generation {} of {}: {}", generation, group, e.toString());
        }
    }

    /**
     * Drops what interrupted rebuilds and switches left behind: collections of generations neither live nor kept, and
     * the plain-named (generation 0) collections of read models that live in a later generation by now.
     */
    void dropLeftovers(Set<Integer> keep, ReadModelGenerations generations) {
        for (String name : database.getMongoDatabase().listCollectionNames()) {
            OptionalInt generation = GenerationNames.generationOfCollection(name);
            boolean replacedPlain = generation.isEmpty() && !generations.physicalName(name).equals(name)
                    && !keep.contains(0);
            if (generation.isPresent() && !keep.contains(generation.getAsInt()) || replacedPlain) {
                drop(name);
            }
        }
    }

    private void drop(String physicalName) {
        database.getMongoDatabase().getCollection(physicalName).drop();
    }
}
