package eu.dezky.platform.health;

import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * MongoDB health by {@code ping}. Replaces Spring Boot's indicator (bean name {@code mongoHealthIndicator}), whose
 * {@code hello} command the in-process Mongo server does not implement; {@code ping} works on both.
 */
@Component("mongoHealthIndicator")
class ReadModelHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    ReadModelHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document reply = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", reply.get("ok"));
    }
}
