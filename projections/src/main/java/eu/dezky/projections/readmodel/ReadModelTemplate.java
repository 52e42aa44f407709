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
 * A template made {@link #forNewCollections for new collections} also remembers what it stored (see
 * {@link FreshCollections}). Projections reach their collections through entity classes ({@code save(document)},
 * {@code findById(id, Type.class)}, {@code find(query, Type.class)}), never by a collection name of their own, and
 * treat a document as a value: a changed document is saved again (the records here cannot change anyway).
 */
public class ReadModelTemplate extends MongoTemplate {

    private final UnaryOperator<String> naming;
    private final FreshCollections fresh;
    private final ThreadLocal<PendingWrites> pending = new ThreadLocal<>();
    /** The batch open on this thread in any template: the live projections' or a rebuild's. */
    private static final ThreadLocal<WriteBatch> OPEN_ON_THREAD = new ThreadLocal<>();

    public ReadModelTemplate(MongoDatabaseFactory factory, MongoConverter converter, UnaryOperator<String> naming) {
        this(factory, converter, naming, null);
    }

    private ReadModelTemplate(MongoDatabaseFactory factory, MongoConverter converter, UnaryOperator<String> naming,
                              FreshCollections fresh) {
        super(factory, converter);
        this.naming = naming;
        this.fresh = fresh;
    }

    /** A template that alone fills collections which start empty: a rebuild's generation, a throwaway database. */
    public static ReadModelTemplate forNewCollections(MongoDatabaseFactory factory, MongoConverter converter,
                                                      UnaryOperator<String> naming) {
        return new ReadModelTemplate(factory, converter, naming, new FreshCollections());
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
        OPEN_ON_THREAD.set(new WriteBatch(this, writes, false));
        return new WriteBatch(this, writes, true);
    }

    /** The batch open on this thread in whichever template opened it, joined (committing it is left to its owner). */
    public static Optional<WriteBatch> batchOnThisThread() {
        return Optional.ofNullable(OPEN_ON_THREAD.get());
    }

    /** The batch open on this thread, joined (committing it is left to its owner). */
    public Optional<WriteBatch> currentBatch() {
        PendingWrites open = pending.get();
        return open == null ? Optional.empty() : Optional.of(new WriteBatch(this, open, false));
    }

    void end(PendingWrites writes, boolean commit) {
        try {
            if (commit) {
                writes.flush(doGetDatabase(), this::toDocument, fresh);
                writes.takeAfterCommit().forEach(Runnable::run);
            }
        } finally {
            pending.remove();
            OPEN_ON_THREAD.remove();
        }
    }

    @Override
    public <T> T save(T objectToSave, String collectionName) {
        PendingWrites writes = pending.get();
        Object id = writes == null ? null : idOf(objectToSave);
        if (id == null) {
            return super.save(objectToSave, collectionName); // sends what is pending first (prepareCollection)
        }
        writes.save(collectionName, id, objectToSave);
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
        Object id = writes == null ? null : idOf(object);
        if (id == null) {
            return super.remove(object, collectionName);
        }
        writes.delete(collectionName, id);
        return DeleteResult.unacknowledged();
    }

    @Override
    public <T> T findById(Object id, Class<T> entityClass, String collectionName) {
        PendingWrites writes = pending.get();
        if (writes == null) {
            return super.findById(id, entityClass, collectionName);
        }
        PendingWrites.Entry entry = writes.lookup(collectionName, id);
        if (entry != null) {
            return entry.saved() == null ? null : entityClass.isInstance(entry.saved()) ? entityClass.cast(entry.saved())
                    : getConverter().read(entityClass, toDocument(entry.saved()));
        }
        if (fresh != null && fresh.valid()) {
            String key = String.valueOf(id);
            Document recent = fresh.recent(collectionName, key);
            if (recent != null || !fresh.stored(collectionName, key)) {
                return recent == null ? null : getConverter().read(entityClass, recent);
            }
        }
        return readThrough(writes, () -> super.findById(id, entityClass, collectionName));
    }

    /** Every operation on a collection passes here: pending writes go first. */
    @Override
    protected MongoCollection<Document> prepareCollection(MongoCollection<Document> collection) {
        beforeOtherOperation();
        return super.prepareCollection(collection);
    }

    /** Every operation on the database as a whole passes here: pending writes go first. */
    @Override
    protected MongoDatabase prepareDatabase(MongoDatabase database) {
        beforeOtherOperation();
        return super.prepareDatabase(database);
    }

    @Override
    public MongoDatabase getDb() {
        beforeOtherOperation();
        return super.getDb();
    }

    /** Sends what is pending; an operation that may change documents behind our back ends what we knew. */
    private void beforeOtherOperation() {
        PendingWrites writes = pending.get();
        if (writes != null && writes.readingThrough) {
            return;
        }
        if (writes != null && !writes.isEmpty()) {
            writes.flush(doGetDatabase(), this::toDocument, fresh);
        }
        if (fresh != null && fresh.valid()) {
            fresh.forget();
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

    private Object idOf(Object entity) {
        var persistent = getConverter().getMappingContext().getPersistentEntity(entity.getClass());
        return persistent == null || !persistent.hasIdProperty() ? null
                : persistent.getIdentifierAccessor(entity).getIdentifier();
    }

    private Document toDocument(Object object) {
        Document document = new Document();
        getConverter().write(object, document);
        return document;
    }
}
