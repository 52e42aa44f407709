package eu.dezky.platform.readmodel;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The generation of one projection's read model that the engine serves, and the collections it consists of (by
 * their logical names). One document per processing group, so switching a read model is one atomic write.
 */
@Document("read_model_generations")
record GenerationDocument(@Id String group, int generation, List<String> collections, Instant since) {
}
