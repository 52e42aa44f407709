package eu.dezky.projections.billing;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One change point in {@code mrr_changes}: at {@code at} (the causing event's timestamp) the tenant's MRR in
 * {@code currency} changed by {@code deltaMinor}. Keyed by the causing event's id (plus a suffix when one event moves
 * MRR between currencies), so handling an event twice writes the same document again.
 */
@Document("mrr_changes")
record MrrChangeDocument(@Id String id, String tenant, @Indexed String partner, Instant at, String currency,
                         long deltaMinor) {
}
