package eu.dezky.projections.readmodel;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One thread's writes not yet sent to MongoDB: the last document saved under each id of each collection, or a
 * deletion. Keys are the id's string form, so an id the mapping layer turned into an ObjectId still matches.
 */
final class PendingWrites {

    private static final String ID = "_id";

    /** The raw id as mapped into the document, and the whole document (null: deleted). */
    private record Entry(Object id, Document document) {
    }

    private final Map<String, Map<String, Entry>> byCollection = new LinkedHashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    /** Set while a lookup by id reads through to MongoDB, which must not flush the writes it reads around. */
    boolean readingThrough;

    void save(String collection, Document document) {
        Object id = document.get(ID);
        byCollection.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(String.valueOf(id), new Entry(id, document));
    }

    void delete(String collection, Object id) {
        byCollection.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(String.valueOf(id), new Entry(id, null));
    }

    /** Null when nothing is pending for the id; an empty optional when its deletion is. */
    Optional<Document> lookup(String collection, Object id) {
        Map<String, Entry> entries = byCollection.get(collection);
        Entry entry = entries == null ? null : entries.get(String.valueOf(id));
        return entry == null ? null : Optional.ofNullable(entry.document());
    }

    boolean isEmpty() {
        return byCollection.isEmpty();
    }

    void afterCommit(Runnable task) {
        afterCommit.add(task);
    }

    /** Sends everything pending as one unordered bulk write per collection (each id appears once). */
    void flush(MongoDatabase database) {
        for (Map.Entry<String, Map<String, Entry>> collection : byCollection.entrySet()) {
            List<WriteModel<Document>> models = new ArrayList<>(collection.getValue().size());
            for (Entry entry : collection.getValue().values()) {
                Document byId = new Document(ID, entry.id());
                models.add(entry.document() == null ? new DeleteOneModel<>(byId)
                        : new ReplaceOneModel<>(byId, entry.document(), new ReplaceOptions().upsert(true)));
            }
            database.getCollection(collection.getKey()).bulkWrite(models, new BulkWriteOptions().ordered(false));
        }
        byCollection.clear();
    }

    List<Runnable> takeAfterCommit() {
        List<Runnable> tasks = List.copyOf(afterCommit);
        afterCommit.clear();
        return tasks;
    }
}
