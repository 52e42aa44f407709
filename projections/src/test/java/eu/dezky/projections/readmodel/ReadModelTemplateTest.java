package eu.dezky.projections.readmodel;

import eu.dezky.projections.support.InMemoryMongo;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The template projections write through, on the Mongo-protocol server the engine embeds. */
class ReadModelTemplateTest {

    enum Colour { RED, BLUE }

    @org.springframework.data.mongodb.core.mapping.Document("things")
    record Thing(@Id String id, String name, Instant at, Map<Colour, Integer> counts, List<String> tags) {
    }

    @RegisterExtension
    final InMemoryMongo mongo = new InMemoryMongo();
    MongoTemplate plain;
    ReadModelTemplate template;

    @BeforeEach
    void start() {
        plain = mongo.template();
        template = new ReadModelTemplate(mongo.factory(), plain.getConverter(), name -> GenerationNames.collection(name, 7));
    }

    @Test
    void entityCollectionsAreNamedByTheGeneration() {
        template.save(thing("a"));

        assertThat(plain.getCollection("things__g7").countDocuments()).isEqualTo(1);
        assertThat(plain.collectionExists("things")).isFalse();
        assertThat(template.findById("a", Thing.class)).isEqualTo(thing("a"));
    }

    @Test
    void writesSinceAMarkAreTakenBackUnlessTheyWereSentMeanwhile() {
        try (WriteBatch batch = template.begin()) {
            template.save(thing("a"));
            WriteBatch.Mark mark = batch.mark();
            template.save(new Thing("a", "half-done", thing("a").at(), Map.of(), List.of()));
            template.save(thing("b"));
            template.remove(thing("a"));

            assertThat(batch.rollBackTo(mark)).isTrue();
            assertThat(template.findById("a", Thing.class)).isEqualTo(thing("a"));
            assertThat(template.findById("b", Thing.class)).isNull();

            WriteBatch.Mark beforeQuery = batch.mark();
            template.save(thing("c"));
            template.find(new Query(), Thing.class); // any query sends what is pending first
            assertThat(batch.rollBackTo(beforeQuery)).isFalse();
            batch.commit();
        }
        assertThat(plain.getCollection("things__g7").countDocuments()).isEqualTo(2);
        assertThat(template.findById("b", Thing.class)).isNull();
        assertThat(template.findById("c", Thing.class)).isEqualTo(thing("c"));
    }

    @Test
    void aBatchKeepsWritesInMemoryReadsItsOwnAndSendsThemOnCommit() {
        List<Long> storedWhenCommitted = new ArrayList<>();
        try (WriteBatch batch = template.begin()) {
            template.save(thing("a"));
            template.save(thing("b"));
            template.remove(thing("b"));
            template.save(new Thing("a", "renamed", thing("a").at(), Map.of(), List.of()));

            assertThat(plain.getCollection("things__g7").countDocuments()).as("nothing sent yet").isZero();
            assertThat(template.findById("a", Thing.class).name()).isEqualTo("renamed");
            assertThat(template.findById("b", Thing.class)).isNull();
            batch.afterCommit(() -> storedWhenCommitted.add(plain.getCollection("things__g7").countDocuments()));
            batch.commit();
        }

        assertThat(storedWhenCommitted).as("after-commit tasks run once the writes are stored").containsExactly(1L);
        assertThat(template.findById("a", Thing.class).name()).isEqualTo("renamed");
        assertThat(template.findById("b", Thing.class)).isNull();
    }

    @Test
    void aQueryInsideABatchSeesThePendingWrites() {
        try (WriteBatch batch = template.begin()) {
            template.save(thing("a"));
            template.save(thing("b"));

            assertThat(template.find(Query.query(Criteria.where("name").is("thing")), Thing.class)).hasSize(2);
            batch.commit();
        }
    }

    @Test
    void aBatchClosedWithoutCommitLeavesNothingAndRunsNoTask() {
        List<String> ran = new ArrayList<>();
        try (WriteBatch batch = template.begin()) {
            template.save(thing("a"));
            batch.afterCommit(() -> ran.add("token"));
        }

        assertThat(plain.getCollection("things__g7").countDocuments()).isZero();
        assertThat(ran).isEmpty();
        assertThat(template.currentBatch()).isEmpty();
    }

    @Test
    void aDocumentWrittenInABatchIsStoredExactlyAsADirectSave() {
        try (WriteBatch batch = template.begin()) {
            template.save(thing("batched"));
            batch.commit();
        }
        template.save(thing("direct"));

        Document batched = plain.getCollection("things__g7").find(new Document("_id", "batched")).first();
        Document direct = plain.getCollection("things__g7").find(new Document("_id", "direct")).first();
        batched.remove("_id");
        direct.remove("_id");
        assertThat(batched).isEqualTo(direct);
    }

    @Test
    void aNestedBatchJoinsTheOuterOne() {
        try (WriteBatch outer = template.begin()) {
            try (WriteBatch inner = template.begin()) {
                template.save(thing("a"));
                inner.commit();
            }
            assertThat(plain.getCollection("things__g7").countDocuments()).as("the inner commit sends nothing").isZero();
            outer.commit();
        }
        assertThat(plain.getCollection("things__g7").countDocuments()).isEqualTo(1);
    }

    @Test
    void aTemplateForNewCollectionsRemembersWhatItStoredUntilSomethingElseMayHaveChangedIt() {
        ReadModelTemplate fresh = ReadModelTemplate.forNewCollections(mongo.factory(), plain.getConverter(), name -> name + "_new");
        try (WriteBatch batch = fresh.begin()) {
            fresh.save(thing("a"));
            batch.commit();
        }
        // Written behind its back: the template still answers from what it stored itself ...
        plain.getCollection("things_new").replaceOne(new Document("_id", "a"), new Document("_id", "a").append("name", "x"));
        plain.getCollection("things_new").insertOne(new Document("_id", "b").append("name", "y"));
        try (WriteBatch batch = fresh.begin()) {
            assertThat(fresh.findById("a", Thing.class).name()).isEqualTo("thing");
            assertThat(fresh.findById("b", Thing.class)).isNull();
            batch.commit();
        }
        // ... until an operation of its own may have changed the collection: then it reads MongoDB again.
        assertThat(fresh.find(new Query(), Thing.class)).hasSize(2);
        try (WriteBatch batch = fresh.begin()) {
            assertThat(fresh.findById("a", Thing.class).name()).isEqualTo("x");
            assertThat(fresh.findById("b", Thing.class).name()).isEqualTo("y");
            fresh.save(new Thing("b", "z", null, Map.of(), List.of()));
            batch.commit();
        }
        assertThat(plain.getCollection("things_new").find(new Document("_id", "b")).first().getString("name"))
                .isEqualTo("z");
    }

    private static Thing thing(String id) {
        return new Thing(id, "thing", Instant.parse("2026-01-02T03:04:05.678Z"), Map.of(Colour.RED, 2), List.of("x"));
    }
}
