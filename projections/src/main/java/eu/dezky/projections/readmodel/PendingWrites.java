package eu.dezky.projections.readmodel;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One thread's writes not yet sent to MongoDB: the last object saved under each id of each collection, or a deletion.
 * Objects are kept as saved and converted once, when sent. Keys are the id's string form, so an id the mapping layer
 * turns into an ObjectId still matches.
 */
final class PendingWrites {

    /** A saved object (null: deleted) under its id. */
    record Entry(Object id, Object saved) {
    }

    /** What a write replaced ({@code before} null: nothing was pending under the key), so it can be taken back. */
    private record Undo(String collection, String key, Entry before) {
    }

    private final Map<String, Map<String, Entry>> byCollection = new LinkedHashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Undo> undo = new ArrayList<>();
    /** How often pending writes were sent: a mark taken before a send cannot be rolled back to. */
    private int sends;
    /** Set while a lookup by id reads through to MongoDB, which must not flush the writes it reads around. */
    boolean readingThrough;

    void save(String collection, Object id, Object saved) {
        String key = String.valueOf(id);
        Entry before = byCollection.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(key, new Entry(id, saved));
        undo.add(new Undo(collection, key, before));
    }

    /** The point {@link #rollBackTo} returns to. */
    WriteBatch.Mark mark() {
        return new WriteBatch.Mark(sends, undo.size());
    }

    /**
     * Takes back the writes since {@code mark}; false when some of them were sent already (a query in between sends
     * what is pending), which leaves them as they are.
     */
    boolean rollBackTo(WriteBatch.Mark mark) {
        if (mark.sends() != sends) {
            return false;
        }
        for (int i = undo.size() - 1; i >= mark.writes(); i--) {
            Undo taken = undo.remove(i);
            Map<String, Entry> entries = byCollection.get(taken.collection());
            if (taken.before() == null) {
                entries.remove(taken.key());
            } else {
                entries.put(taken.key(), taken.before());
            }
        }
        byCollection.values().removeIf(Map::isEmpty);
        return true;
    }

    void delete(String collection, Object id) {
        save(collection, id, null);
    }

    /** Null when nothing is pending for the id; else the entry (whose {@code saved} is null for a deletion). */
    Entry lookup(String collection, Object id) {
        Map<String, Entry> entries = byCollection.get(collection);
        return entries == null ? null : entries.get(String.valueOf(id));
    }

    boolean isEmpty() {
        return byCollection.isEmpty();
    }

    void afterCommit(Runnable task) {
        afterCommit.add(task);
    }

    /**
     * Sends everything pending as one unordered bulk write per collection (each id appears once): a document
     * {@code fresh} says was never stored is inserted, any other replaced (upsert), a deletion deleted.
     */
    void flush(MongoDatabase database, Function<Object, Document> converter, FreshCollections fresh) {
        for (Map.Entry<String, Map<String, Entry>> collection : byCollection.entrySet()) {
            String name = collection.getKey();
            List<WriteModel<Document>> models = new ArrayList<>(collection.getValue().size());
            Map<String, Document> sent = new LinkedHashMap<>();
            for (Map.Entry<String, Entry> pending : collection.getValue().entrySet()) {
                Entry entry = pending.getValue();
                Document document = entry.saved() == null ? null : converter.apply(entry.saved());
                Document byId = new Document("_id", document == null ? entry.id() : document.get("_id"));
                if (document == null) {
                    models.add(new DeleteOneModel<>(byId));
                } else if (fresh != null && fresh.valid() && !fresh.stored(name, pending.getKey())) {
                    models.add(new InsertOneModel<>(document));
                } else {
                    models.add(new ReplaceOneModel<>(byId, document, new ReplaceOptions().upsert(true)));
                }
                sent.put(pending.getKey(), document);
            }
            database.getCollection(name).bulkWrite(models, new BulkWriteOptions().ordered(false));
            if (fresh != null) {
                sent.forEach((key, document) -> fresh.sent(name, key, document));
            }
        }
        byCollection.clear();
        undo.clear();
        sends++;
    }

    List<Runnable> takeAfterCommit() {
        List<Runnable> tasks = List.copyOf(afterCommit);
        afterCommit.clear();
        return tasks;
    }
}
