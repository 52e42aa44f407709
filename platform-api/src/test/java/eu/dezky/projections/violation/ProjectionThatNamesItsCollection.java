package eu.dezky.projections.violation;

import org.springframework.data.mongodb.core.MongoTemplate;

/** Breaks the read-model rule on purpose: it writes to a collection it names itself. Used by the boundary test. */
public class ProjectionThatNamesItsCollection {

    private final MongoTemplate mongo;

    public ProjectionThatNamesItsCollection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void on(Object event) {
        mongo.save(event, "my_collection");
    }
}
