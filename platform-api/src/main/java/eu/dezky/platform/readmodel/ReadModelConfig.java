package eu.dezky.platform.readmodel;

import eu.dezky.projections.readmodel.ReadModelTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * The template every projection and query uses, resolving collection names to the live generation of each read
 * model. Named {@code mongoTemplate} so Spring Boot's own backs off; everything that asks for a MongoTemplate gets
 * this one.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelConfig {

    @Bean
    ReadModelGenerations readModelGenerations(MongoDatabaseFactory factory, MongoConverter converter) {
        return new ReadModelGenerations(factory, converter);
    }

    @Bean
    ReadModelTemplate mongoTemplate(MongoDatabaseFactory factory, MongoConverter converter,
                                    ReadModelGenerations generations) {
        return new ReadModelTemplate(factory, converter, generations::physicalName);
    }

    /** Axon wraps every message handler with it (a HandlerEnhancerDefinition bean is picked up as one). */
    @Bean
    HandlerWritesRollback handlerWritesRollback() {
        return new HandlerWritesRollback();
    }

    @Bean
    ProjectionTokenStores projectionTokens(MongoDatabaseFactory factory, ReadModelGenerations generations) {
        return new ProjectionTokenStores(factory, generations);
    }
}
