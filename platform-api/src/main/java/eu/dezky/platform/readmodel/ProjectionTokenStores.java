package eu.dezky.platform.readmodel;

import eu.dezky.projections.readmodel.GenerationNames;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The projections' token stores, in MongoDB beside their read models (ARCHITECTURE.md's storage rule). A live
 * projection's processor keeps its token under the name of the generation it writes ({@code member-views} for
 * generation 0, {@code member-views@g3} after the third rebuild), so after a switch it continues exactly where the
 * rebuild stopped. Not a bean of type TokenStore on purpose: that would replace the JDBC default of every processor.
 */
public class ProjectionTokenStores {

    private final MongoDatabaseFactory database;
    private final ReadModelGenerations generations;

    public ProjectionTokenStores(MongoDatabaseFactory database, ReadModelGenerations generations) {
        this.database = database;
        this.generations = generations;
    }

    /** The token store of a live projection processor; {@code storing} decides when a token is stored. */
    public TokenStore live(Serializer serializer, Consumer<Runnable> storing) {
        return new ProjectionTokenStore(mongo(serializer),
                group -> GenerationNames.processor(group, generations.generation(group)), storing);
    }

    /** A token store under the names as given; {@code storing} decides when a token is stored. */
    public TokenStore plain(Serializer serializer, Consumer<Runnable> storing) {
        return new ProjectionTokenStore(mongo(serializer), UnaryOperator.identity(), storing);
    }

    private MongoTokenStore mongo(Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database.getMongoDatabase()).build())
                .serializer(serializer)
                .build();
    }
}
