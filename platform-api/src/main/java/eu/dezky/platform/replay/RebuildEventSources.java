package eu.dezky.platform.replay;

import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/**
 * The event source a rebuild reads: the engine's event table through a storage engine of its own that fetches as
 * many events per query as a rebuild batch holds. The engine's event store fetches 100 per query, which made a
 * rebuild wait on PostgreSQL round trips; the store everyone else uses stays as it is.
 */
@Component
class RebuildEventSources {

    private final ConnectionProvider connections;
    private final TransactionManager transactions;
    private final Configuration axon;
    private final EventSchema schema;

    RebuildEventSources(ConnectionProvider connections, TransactionManager transactions, Configuration axon,
                        ObjectProvider<EventSchema> schema) {
        this.connections = connections;
        this.transactions = transactions;
        this.axon = axon;
        this.schema = schema.getIfAvailable(EventSchema::new);
    }

    /** A read-only view of the event store fetching {@code batchSize} events per query; shut it down after use. */
    EmbeddedEventStore open(String name, int batchSize) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .snapshotSerializer(axon.serializer())
                .eventSerializer(axon.eventSerializer())
                .upcasterChain(axon.upcasterChain())
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .batchSize(batchSize)
                .build();
        return EmbeddedEventStore.builder()
                .storageEngine(engine)
                // nothing tells this store of new events: it looks for them ten times a second near the head
                .fetchDelay(100)
                .timeUnit(TimeUnit.MILLISECONDS)
                .threadFactory(new AxonThreadFactory(name + "-events"))
                .build();
    }
}
