package eu.dezky.platform.readmodel;

import eu.dezky.projections.readmodel.GenerationNames;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Which generation of each read model is live, loaded from {@code read_model_generations} at start and switched by
 * {@link #switchTo}. The live collection names are read on every operation of the live template, so they sit in one
 * immutable snapshot behind a volatile field: a switch replaces it in one step, and a reader sees the old or the new
 * generation, never a mix. A read model that was never rebuilt is generation 0 under its plain names.
 */
public class ReadModelGenerations {

    private record Snapshot(Map<String, GenerationDocument> byGroup, Map<String, String> physicalByLogical) {
    }

    private final MongoTemplate store;
    private volatile Snapshot snapshot;
    private int issued;

    public ReadModelGenerations(MongoDatabaseFactory factory, MongoConverter converter) {
        this.store = new MongoTemplate(factory, converter);
    }

    /** The physical name of the live generation of a collection. */
    public String physicalName(String logicalName) {
        return snapshot().physicalByLogical().getOrDefault(logicalName, logicalName);
    }

    /** The live generation of a processing group's read model. */
    public int generation(String group) {
        GenerationDocument document = snapshot().byGroup().get(group);
        return document == null ? 0 : document.generation();
    }

    /** The logical names of the group's collections, as far as a rebuild has recorded them. */
    public List<String> collections(String group) {
        GenerationDocument document = snapshot().byGroup().get(group);
        return document == null ? List.of() : document.collections();
    }

    /** The live generation of every rebuilt group. */
    public Set<Integer> liveGenerations() {
        Set<Integer> live = new TreeSet<>();
        snapshot().byGroup().values().forEach(document -> live.add(document.generation()));
        return live;
    }

    /** A generation number no read model has used, live or left over from an interrupted rebuild. */
    public synchronized int nextGeneration() {
        int highest = Stream.concat(liveGenerations().stream(),
                        store.getCollectionNames().stream().map(GenerationNames::generationOfCollection)
                                .filter(g -> g.isPresent()).map(g -> g.getAsInt()))
                .mapToInt(Integer::intValue).max().orElse(0);
        issued = Math.max(issued, highest) + 1;
        return issued;
    }

    /** Makes {@code generation} the live one of {@code group}; answers the generation it replaces. */
    public synchronized int switchTo(String group, int generation, List<String> collections) {
        int previous = generation(group);
        store.save(new GenerationDocument(group, generation, List.copyOf(collections), Instant.now()));
        snapshot = load();
        return previous;
    }

    /** Loaded on first use rather than at start, so the engine starts while MongoDB is still coming up. */
    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                if (snapshot == null) {
                    snapshot = load();
                }
                current = snapshot;
            }
        }
        return current;
    }

    private Snapshot load() {
        Map<String, GenerationDocument> byGroup = new HashMap<>();
        Map<String, String> physical = new HashMap<>();
        for (GenerationDocument document : store.findAll(GenerationDocument.class)) {
            byGroup.put(document.group(), document);
            document.collections().forEach(logical ->
                    physical.put(logical, GenerationNames.collection(logical, document.generation())));
        }
        return new Snapshot(Map.copyOf(byGroup), Map.copyOf(physical));
    }
}
