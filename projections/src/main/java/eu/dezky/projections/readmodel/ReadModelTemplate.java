package eu.dezky.projections.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.result.DeleteResult;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The {@link MongoTemplate} projections write through, with two additions.
 * <ul>
 * <li>Collection names of entity classes pass through a naming function, so one projection class can serve the
 * live generation of its read model, build a new generation beside it, or fill a throwaway database.</li>
 * <li>A thread may {@link #begin()} a {@link WriteBatch}: from then on its saves, inserts, removes and lookups by id
 * stay in memory (a lookup sees the thread's own pending writes) until the batch commits them as one bulk write per
 * collection. Any other operation first sends what is pending, so no query ever reads behind the thread's writes.
 * A replay thus costs a few round trips per batch instead of two per event.</li>
 * </ul>
 * Projections must reach their collections through entity classes ({@code save(document)},
 * {@code findById(id, Type.class)}, {@code find(query, Type.class)}), never by a collection name of their own.
 */
public class ReadModelTemplate extends MongoTemplate {

    private final UnaryOperator<String> naming;
    private final ThreadLocal<PendingWrites> pending = new ThreadLocal<>();

    public ReadModelTemplate(MongoDatabaseFactory factory, MongoConverter converter, UnaryOperator<String> naming) {
        super(factory, converter);
        this.naming = naming;
    }

    /** The collection of {@code entityClass} in the generation this template serves. */
    @Override
    public String getCollectionName(Class<?> entityClass) {
        return naming.apply(super.getCollectionName(entityClass));
    }

    /** Opens a write batch on this thread, or joins the one already open. */
    public WriteBatch begin() {
        PendingWrites open = pending.get();
        if (open != null) {
            return new WriteBatch(this, open, false);
        }
        PendingWrites writes = new PendingWrites();
        pending.set(writes);
        return new WriteBatch(this, writes, true);
    }

    /** The batch open on this thread, joined (committing it is left to its owner). */
    public Optional<WriteBatch> currentBatch() {
        PendingWrites open = pending.get();
        return open == null ? Optional.empty() : Optional.of(new WriteBatch(this, open, false));
    }

    void end(PendingWrites writes, boolean commit) {
        try {
            if (commit) {
                writes.flush(doGetDatabase());
                writes.takeAfterCommit().forEach(Runnable::run);
            }
        } finally {
            pending.remove();
        }
    }

    @Override
    public <T> T save(T objectToSave, String collectionName) {
        PendingWrites writes = pending.get();
        Document document = writes == null ? null : toDocument(objectToSave);
        if (document == null || document.get("_id") == null) {
            return super.save(objectToSave, collectionName); // sends what is pending first (prepareCollection)
        }
        writes.save(collectionName, document);
        return objectToSave;
    }

    /** Within a batch an insert is kept as a save: a replay may meet a document it wrote before. */
    @Override
    public <T> T insert(T objectToSave, String collectionName) {
        return pending.get() == null ? super.insert(objectToSave, collectionName) : save(objectToSave, collectionName);
    }

    /** Within a batch the deletion is only recorded, so the result carries no count. */
    @Override
    public DeleteResult remove(Object object, String collectionName) {
        PendingWrites writes = pending.get();
        if (writes == null) {
            return super.remove(object, collectionName);
        }
        writes.delete(collectionName, toDocument(object).get("_id"));
        return DeleteResult.unacknowledged();
    }

    @Override
    public <T> T findById(Object id, Class<T> entityClass, String collectionName) {
        PendingWrites writes = pending.get();
        if (writes == null) {
            return super.findById(id, entityClass, collectionName);
        }
        Optional<Document> hit = writes.lookup(collectionName, id);
        if (hit != null) {
            return hit.map(document -> getConverter().read(entityClass, document)).orElse(null);
        }
        return readThrough(writes, () -> super.findById(id, entityClass, collectionName));
    }

    /** Every operation on a collection passes here: pending writes go first. */
    @Override
    protected MongoCollection<Document> prepareCollection(MongoCollection<Document> collection) {
        flushPending();
        return super.prepareCollection(collection);
    }

    /** Every operation on the database as a whole passes here: pending writes go first. */
    @Override
    protected MongoDatabase prepareDatabase(MongoDatabase database) {
        flushPending();
        return super.prepareDatabase(database);
    }

    @Override
    public MongoDatabase getDb() {
        flushPending();
        return super.getDb();
    }

    private void flushPending() {
        PendingWrites writes = pending.get();
        if (writes != null && !writes.readingThrough && !writes.isEmpty()) {
            writes.flush(doGetDatabase());
        }
    }

    /** The id lookup of something not pending reads MongoDB without sending the pending writes. */
    private static <T> T readThrough(PendingWrites writes, Supplier<T> read) {
        writes.readingThrough = true;
        try {
            return read.get();
        } finally {
            writes.readingThrough = false;
        }
    }

    private Document toDocument(Object object) {
        Document document = new Document();
        getConverter().write(object, document);
        return document;
    }
}
