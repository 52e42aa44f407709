package eu.dezky.projections.readmodel;

import org.bson.Document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a template knows when it alone fills collections that started empty (a rebuild's new generation, a
 * throwaway database): which ids it has stored, and the latest documents it sent. An id it never stored is absent
 * without asking MongoDB, a new document is inserted rather than upserted, and a recently sent document is read from
 * memory: on the embedded Mongo-protocol server each of those round trips costs more than handling an event. The
 * knowledge is dropped as soon as anything else may have changed the collections ({@link #forget()}).
 */
final class FreshCollections {

    /** How many recently sent documents are kept for lookups. */
    static final int RECENT = 20_000;

    private final Map<String, Set<String>> stored = new ConcurrentHashMap<>();
    private final Map<String, Document> recent = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > RECENT;
        }
    });
    private volatile boolean valid = true;

    boolean valid() {
        return valid;
    }

    boolean stored(String collection, String key) {
        Set<String> keys = stored.get(collection);
        return keys != null && keys.contains(key);
    }

    /** The latest document sent under the key, if still remembered; null when unknown. */
    Document recent(String collection, String key) {
        return recent.get(collection + '\u0000' + key);
    }

    /** Records what a flush sent: a document (null: deleted) under its key. */
    void sent(String collection, String key, Document document) {
        Set<String> keys = stored.computeIfAbsent(collection, c -> ConcurrentHashMap.newKeySet());
        if (document == null) {
            keys.remove(key);
            recent.remove(collection + '\u0000' + key);
        } else {
            keys.add(key);
            recent.put(collection + '\u0000' + key, document);
        }
    }

    /** From now on the collections are treated like any others. */
    void forget() {
        valid = false;
        stored.clear();
        recent.clear();
    }
}
