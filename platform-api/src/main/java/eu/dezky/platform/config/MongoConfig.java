package eu.dezky.platform.config;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.UuidRepresentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;

import java.nio.file.Path;

/** Chooses where the read models live; see {@link MongoEndpoint}. */
@Configuration(proxyBeanMethods = false)
class MongoConfig {

    @Bean(destroyMethod = "close")
    MongoEndpoint mongoConnectionDetails(MongoSettings settings, @Value("${dezky.data-dir}") Path dataDir) {
        return MongoEndpoint.of(settings, dataDir);
    }

    /**
     * Declared here rather than left to Spring Boot, whose Mongo client auto-configuration backs off as soon as a
     * database factory bean exists.
     */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoEndpoint endpoint) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(endpoint.getConnectionString())
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
    }

    /** Declared so the database always comes from {@link MongoEndpoint#database()}, with or without one in the URI. */
    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(MongoClient client, MongoEndpoint endpoint) {
        return new SimpleMongoClientDatabaseFactory(client, endpoint.database());
    }
}
